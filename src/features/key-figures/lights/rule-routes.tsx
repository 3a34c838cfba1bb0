import { Hono, type Context } from 'hono';
import { requireActor, requireEditor } from '../../../auth/guards.ts';
import { forbidden, notFound } from '../../../lib/errors.ts';
import { parseForm, type FieldErrors, type FormValues } from '../../../lib/forms.ts';
import type { AppEnv } from '../../../lib/hono-env.ts';
import { submit, versionField } from '../../../lib/route-helpers.ts';
import { confirmPage, isConfirmed } from '../../../ui/confirm.tsx';
import { page } from '../../../ui/render.tsx';
import { getMunicipality } from '../../registry/index.ts';
import { canEditDefaultRules, canEditOwnRules } from './policy.ts';
import { ruleSchema } from './rule-schemas.ts';
import { ruleInWords } from './rule-words.ts';
import { indicatorRules, removeRule, rulesOfIndicator, saveRule } from './rules.ts';
import { RuleFormPage, ruleValues } from './views/rule-form.tsx';
import { DefaultRulesPage, MunicipalityRulesPage } from './views/rules-pages.tsx';

/*
 * The traffic-light rules: the defaults (everyone logged in reads them as "how are colours
 * decided"; admins change them) and a municipality's own over them (everyone logged in reads them,
 * since they colour the organisations' estates; the municipality's editors set them).
 */

export const ruleRoutes = new Hono<AppEnv>();

const DEFAULTS = '/noegletal/trafiklys';
const crumbsOfDefaults = [
  { label: 'Forside', href: '/' },
  { label: 'Trafiklys', href: DEFAULTS },
];

async function municipalityOf(c: Context<AppEnv>) {
  const code = c.req.param('code') ?? '';
  const m = /^\d{4}$/.test(code) ? await getMunicipality(c.var.deps.db, code) : null;
  if (!m) throw notFound('Kommunen');
  return m;
}

const indicatorParam = (c: Context<AppEnv>) => {
  const code = c.req.param('indicator') ?? '';
  if (!/^[a-z0-9_]{1,60}$/.test(code)) throw notFound('Nøgletallet');
  return code;
};

ruleRoutes.get(DEFAULTS, async (c) => {
  const actor = requireActor(c);
  const rows = await indicatorRules(c.var.deps.db);
  const own = actor.scope.kind === 'municipality' ? await getMunicipality(c.var.deps.db, actor.scope.municipalityCode) : null;
  return page(
    c,
    ['Sådan bestemmes trafiklysene', 'Nøgletal'],
    <DefaultRulesPage rows={rows} canEdit={canEditDefaultRules(actor)} ownMunicipality={own ? { code: own.code, name: own.name } : null} />,
    { crumbs: [{ label: 'Forside', href: '/' }, { label: 'Trafiklys' }] },
  );
});

async function renderDefaultForm(
  c: Context<AppEnv>,
  indicatorCode: string,
  form: { values?: FormValues; errors?: FieldErrors; version?: number; status?: 200 | 400 | 409 } = {},
) {
  const indicator = await rulesOfIndicator(c.var.deps.db, indicatorCode);
  return page(
    c,
    [`Standardregel for ${indicator.name}`, 'Trafiklys'],
    <RuleFormPage
      heading={`Standardregel for ${indicator.name}`}
      intro="Standardreglen farver tallene i alle kommuner, der ikke har deres egen regel for nøgletallet."
      indicator={indicator}
      showDefault={false}
      values={form.values ?? ruleValues(indicator.standard)}
      errors={form.errors}
      version={form.version ?? indicator.standard?.version ?? 0}
      action={`${DEFAULTS}/${indicatorCode}`}
      cancelHref={DEFAULTS}
      csrf={c.var.csrfToken}
    />,
    { crumbs: [...crumbsOfDefaults, { label: indicator.name }], status: form.status },
  );
}

function requireDefaultsEditor(c: Context<AppEnv>) {
  const actor = requireEditor(c);
  if (!canEditDefaultRules(actor)) throw forbidden();
  return actor;
}

ruleRoutes.get(`${DEFAULTS}/:indicator`, (c) => {
  requireActor(c);
  requireDefaultsEditor(c);
  return renderDefaultForm(c, indicatorParam(c));
});

ruleRoutes.post(`${DEFAULTS}/:indicator`, async (c) => {
  const actor = requireDefaultsEditor(c);
  const indicatorCode = indicatorParam(c);
  const body = await c.req.parseBody();
  const version = versionField(body, { allowZero: true });
  const form = parseForm(ruleSchema, body);
  if (!form.ok) return renderDefaultForm(c, indicatorCode, { values: form.values, errors: form.errors, version, status: 400 });
  const result = await submit(() =>
    saveRule({ db: c.var.deps.db, actor, indicatorCode, municipalityCode: null, version, rule: form.data }),
  );
  if (!result.ok)
    return renderDefaultForm(c, indicatorCode, { values: form.values, errors: result.errors, version, status: result.status });
  return c.redirect(DEFAULTS, 303);
});

ruleRoutes.get(`${DEFAULTS}/:indicator/fjern`, async (c) => {
  requireDefaultsEditor(c);
  const indicator = await rulesOfIndicator(c.var.deps.db, indicatorParam(c));
  if (!indicator.standard) return c.redirect(DEFAULTS, 303);
  return confirmPage(
    c,
    {
      title: `Fjern standardreglen for ${indicator.name}`,
      question: `Er du sikker på, at du vil fjerne standardreglen for ${indicator.name}?`,
      consequences: (
        <p>
          Reglen er: {ruleInWords(indicator.standard, indicator)}. Uden den får tallet ingen farve i de kommuner, der ikke har deres egen
          regel. Du kan sætte en ny standardregel bagefter.
        </p>
      ),
      action: `${DEFAULTS}/${indicator.code}/fjern`,
      fields: { version: String(indicator.standard.version) },
      confirmLabel: 'Fjern reglen',
      cancelHref: DEFAULTS,
    },
    { crumbs: [...crumbsOfDefaults, { label: `Fjern reglen for ${indicator.name}` }] },
  );
});

ruleRoutes.post(`${DEFAULTS}/:indicator/fjern`, async (c) => {
  const actor = requireDefaultsEditor(c);
  const indicatorCode = indicatorParam(c);
  const body = await c.req.parseBody();
  if (!isConfirmed(body)) return c.redirect(`${DEFAULTS}/${indicatorCode}/fjern`, 303);
  await removeRule({ db: c.var.deps.db, actor, indicatorCode, municipalityCode: null, version: versionField(body) });
  return c.redirect(DEFAULTS, 303);
});

ruleRoutes.get('/kommuner/:code/trafiklys', async (c) => {
  const actor = requireActor(c);
  const m = await municipalityOf(c);
  const rows = await indicatorRules(c.var.deps.db, m.code);
  return page(
    c,
    ['Regler for trafiklys', m.name],
    <MunicipalityRulesPage rows={rows} municipality={{ code: m.code, name: m.name }} canEdit={canEditOwnRules(actor, m.code)} />,
    { crumbs: [...crumbsOfDefaults, { label: m.name }], section: 'supervision' },
  );
});

async function renderOwnForm(
  c: Context<AppEnv>,
  m: { code: string; name: string },
  indicatorCode: string,
  form: { values?: FormValues; errors?: FieldErrors; version?: number; status?: 200 | 400 | 409 } = {},
) {
  const indicator = await rulesOfIndicator(c.var.deps.db, indicatorCode, m.code);
  const back = `/kommuner/${m.code}/trafiklys`;
  return page(
    c,
    [`Egen regel for ${indicator.name}`, m.name],
    <RuleFormPage
      heading={`${m.name}s regel for ${indicator.name}`}
      intro={`Kommunens egen regel farver tallene for de afdelinger, hvis boligorganisation ${m.name} fører tilsyn med, i stedet for standardreglen.`}
      indicator={indicator}
      showDefault
      values={form.values ?? ruleValues(indicator.own ?? indicator.standard)}
      errors={form.errors}
      version={form.version ?? indicator.own?.version ?? 0}
      action={`${back}/${indicatorCode}`}
      cancelHref={back}
      csrf={c.var.csrfToken}
    />,
    {
      crumbs: [...crumbsOfDefaults, { label: m.name, href: back }, { label: indicator.name }],
      section: 'supervision',
      status: form.status,
    },
  );
}

/** A municipality's own rules: unknown municipality 404, another municipality or a reader 403. */
async function ownRulesEditor(c: Context<AppEnv>) {
  requireActor(c);
  const m = await municipalityOf(c);
  const actor = requireEditor(c);
  if (!canEditOwnRules(actor, m.code)) throw forbidden();
  return { actor, m };
}

ruleRoutes.get('/kommuner/:code/trafiklys/:indicator', async (c) => {
  const { m } = await ownRulesEditor(c);
  return renderOwnForm(c, m, indicatorParam(c));
});

ruleRoutes.post('/kommuner/:code/trafiklys/:indicator', async (c) => {
  const { actor, m } = await ownRulesEditor(c);
  const indicatorCode = indicatorParam(c);
  const body = await c.req.parseBody();
  const version = versionField(body, { allowZero: true });
  const form = parseForm(ruleSchema, body);
  if (!form.ok) return renderOwnForm(c, m, indicatorCode, { values: form.values, errors: form.errors, version, status: 400 });
  const result = await submit(() =>
    saveRule({ db: c.var.deps.db, actor, indicatorCode, municipalityCode: m.code, version, rule: form.data }),
  );
  if (!result.ok) return renderOwnForm(c, m, indicatorCode, { values: form.values, errors: result.errors, version, status: result.status });
  return c.redirect(`/kommuner/${m.code}/trafiklys`, 303);
});

ruleRoutes.get('/kommuner/:code/trafiklys/:indicator/standard', async (c) => {
  const { m } = await ownRulesEditor(c);
  const indicator = await rulesOfIndicator(c.var.deps.db, indicatorParam(c), m.code);
  const back = `/kommuner/${m.code}/trafiklys`;
  if (!indicator.own) return c.redirect(back, 303);
  return confirmPage(
    c,
    {
      title: `Brug standardreglen for ${indicator.name}`,
      question: `Vil du gå tilbage til standardreglen for ${indicator.name}?`,
      consequences: (
        <>
          <p>
            {m.name}s egen regel fjernes: {ruleInWords(indicator.own, indicator)}.
          </p>
          <p>
            Derefter gælder standardreglen:{' '}
            {indicator.standard ? `${ruleInWords(indicator.standard, indicator)}.` : 'der er ingen, så tallet får ingen farve.'} Du kan
            sætte en egen regel igen bagefter.
          </p>
        </>
      ),
      action: `${back}/${indicator.code}/standard`,
      fields: { version: String(indicator.own.version) },
      confirmLabel: 'Brug standardreglen',
      cancelHref: back,
    },
    { crumbs: [...crumbsOfDefaults, { label: m.name, href: back }, { label: indicator.name }], section: 'supervision' },
  );
});

ruleRoutes.post('/kommuner/:code/trafiklys/:indicator/standard', async (c) => {
  const { actor, m } = await ownRulesEditor(c);
  const indicatorCode = indicatorParam(c);
  const body = await c.req.parseBody();
  const back = `/kommuner/${m.code}/trafiklys`;
  if (!isConfirmed(body)) return c.redirect(`${back}/${indicatorCode}/standard`, 303);
  await removeRule({ db: c.var.deps.db, actor, indicatorCode, municipalityCode: m.code, version: versionField(body) });
  return c.redirect(back, 303);
});
