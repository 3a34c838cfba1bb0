import { writeFileSync } from 'node:fs';
import { login } from '../bench/lib/session.ts';
const [base, email, path, out] = process.argv.slice(2);
const cookie = await login(base, email, 'Styringsdialog2026');
const res = await fetch(base + path, { headers: { cookie } });
console.log(res.status, res.headers.get('content-type'), res.headers.get('content-disposition'));
writeFileSync(out, Buffer.from(await res.arrayBuffer()));
