// Issue 5's figure: the meeting page's latency (agenda and minutes in one page) for a meeting with
// 40 items, beside one with 5, in one run; and the PDF of the 40-item minutes. In-process through
// app.request on a fresh PGlite database, so the figures are the app's own work.
// Usage: node bin/run-ts.js bench/meeting-agenda.ts
import { cpus, totalmem } from 'node:os';
import { SYSTEM_ACTOR } from '../src/auth/scope.ts';
import { makeOrganisation, makeUser } from '../src/demo/factories.ts';
import { addAction, addDecision, addItem, updateItem } from '../src/features/meetings/agenda/items.ts';
import { loadManagedMeeting } from '../src/features/meetings/managed.ts';
import { createMeeting } from '../src/features/meetings/service.ts';
import { createTestContext } from '../test/app.ts';

const REQUESTS = 200;
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const NOTES =
  'Lejerbo orienterede om status for afdelingerne. Drift og vedligeholdelsesplanerne er udarbejdet for 30 år.\n- Dispositionsfonden og arbejdskapitalen ser fine ud.\n- Benchmarket ser overordnet fint ud.\n'.repeat(
    3,
  );

const t = await createTestContext();
try {
  console.log(
    `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, PGlite, in-process`,
  );
  const db = t.deps.db;
  const org = await makeOrganisation(db, { name: 'Benchmark Boligselskab', municipalityCode: '0370' });
  const meetingWith = async (n: number) => {
    const m = await createMeeting({
      db,
      actor: SYSTEM_ACTOR,
      input: {
        kind: 'dialogmoede',
        municipalityCode: '0370',
        organisationId: org.id,
        forumId: null,
        title: `Møde med ${n} punkter`,
        date: '2026-11-10',
        startTime: '10:00',
        endTime: '12:00',
        place: 'Rådhuset',
        useTemplate: false,
      },
    });
    const meeting = await loadManagedMeeting(db, SYSTEM_ACTOR, m.id);
    for (let i = 0; i < n; i++) {
      const item = await addItem({
        db,
        actor: SYSTEM_ACTOR,
        meeting,
        input: { title: `Punkt ${i + 1}: Status for afdelingerne`, parentId: null, theme: 'vedligeholdelse' },
      });
      await updateItem({
        db,
        actor: SYSTEM_ACTOR,
        meeting,
        itemId: item.id,
        version: 1,
        input: {
          title: item.title,
          theme: 'vedligeholdelse',
          text: 'Gennemgang af dokumentationspakken.',
          notes: NOTES,
          closed: false,
          caseNumber: null,
          decidingBody: null,
          absent: null,
        },
      });
      await addDecision({
        db,
        actor: SYSTEM_ACTOR,
        meeting,
        itemId: item.id,
        input: {
          text: 'Det blev aftalt, at boligorganisationen følger op.',
          body: null,
          decidedOn: null,
          outcome: null,
          votesFor: null,
          votesAgainst: null,
          votesAbstain: null,
          partiesFor: null,
          partiesAgainst: null,
          partiesAbstain: null,
        },
      });
      if (i % 2 === 0)
        await addAction({
          db,
          actor: SYSTEM_ACTOR,
          meeting,
          itemId: item.id,
          input: { text: 'Sende handleplan', responsible: 'Jette', due: '2027-01-15' },
        });
    }
    return m.id;
  };
  const ids = { 5: await meetingWith(5), 40: await meetingWith(40) };
  const user = await makeUser(db, { role: 'municipality_editor', municipalityCode: '0370' });
  const client = t.client();
  await client.login(user.email, user.password);
  const measure = async (path: string) => {
    const times: number[] = [];
    for (let i = 0; i < REQUESTS + 20; i++) {
      const start = performance.now();
      const res = await client.get(path);
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      if (i >= 20) times.push(performance.now() - start);
    }
    return { p50: pct(times, 50), p95: pct(times, 95) };
  };
  const small = await measure(`/moeder/${ids[5]}`);
  const large = await measure(`/moeder/${ids[40]}`);
  console.log(`meeting page, 5 items:  p50 ${small.p50.toFixed(1)} ms, p95 ${small.p95.toFixed(1)} ms (${REQUESTS} sequential requests)`);
  console.log(`meeting page, 40 items: p50 ${large.p50.toFixed(1)} ms, p95 ${large.p95.toFixed(1)} ms`);
  console.log(`ratio 40/5 items (p50): ${(large.p50 / small.p50).toFixed(2)}`);
  const pdfTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const start = performance.now();
    const res = await client.get(`/moeder/${ids[40]}/referat.pdf`);
    const bytes = (await res.arrayBuffer()).byteLength;
    if (i === 0) console.log(`minutes PDF of 40 items: ${(bytes / 1024).toFixed(0)} kB`);
    pdfTimes.push(performance.now() - start);
  }
  console.log(`minutes PDF of 40 items: p50 ${pct(pdfTimes, 50).toFixed(0)} ms (10 requests)`);
} finally {
  await t.close();
}
