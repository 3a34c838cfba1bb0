import { Hono } from 'hono';
import type { AppEnv } from '../../lib/hono-env.ts';
import { page } from '../../ui/render.tsx';
import { countUsers } from '../../auth/users.ts';
import { estateMunicipalities, listEstates, listOrganisations, listQuerySchema } from '../registry/index.ts';
import { countNoun } from '../../lib/plural.ts';
import { formatInteger } from '../../ui/format.ts';
import { ROLE_LABELS } from '../../auth/scope.ts';
import { danishToday } from '../../lib/copenhagen-time.ts';
import { dialogueOverview, governanceYearOf } from '../dialogue/index.ts';
import { HomeDialogues, yearSummary } from '../overview/index.ts';
import { FindEstateBox, PublicSearchBox } from '../publication/index.ts';

export const homeRoutes = new Hono<AppEnv>();

homeRoutes.get('/', async (c) => {
  const { db } = c.var.deps;
  const user = c.var.user;
  if (!user) {
    if ((await countUsers(db)) === 0) return c.redirect('/opsaetning', 303);
    return page(
      c,
      'Forside',
      <>
        <h1>Styringsdialog</h1>
        <p class="font-lead">
          Find aftaledokumenter, godkendte referater, aftaler og nøgletal fra styringsdialogen mellem kommunerne og de almene
          boligorganisationer.
        </p>
        <PublicSearchBox />
        <FindEstateBox />
        <h2>For kommuner og boligorganisationer</h2>
        <p>
          Her samarbejder kommuner og almene boligorganisationer om den årlige styringsdialog: frister, dokumentation, nøgletal, dialogmøder
          og aftaler.
        </p>
        <div class="sd-actions">
          <a class="button button-primary" href="/login">
            Log ind
          </a>
          <a class="button button-secondary" href="/kommuner">
            Se kommuner og boligorganisationer
          </a>
        </div>
      </>,
      { section: 'home' },
    );
  }
  const actor = c.var.actor;
  const query = listQuerySchema.parse({});
  // What is "mine" differs by role: a supervisor sees the organisations under supervision,
  // an organisation its estates, an administrator all its clients.
  const housingSide = actor.scope.kind === 'organisation' || actor.scope.kind === 'administrator';
  const today = danishToday();
  const year = governanceYearOf(today);
  const [organisations, estates, places, dialogues] = await Promise.all([
    listOrganisations({ db, actor, query: { ...query, sort: 'navn' } }),
    actor.scope.kind === 'organisation' ? listEstates({ db, actor, query: { ...query, sort: 'nummer' } }) : Promise.resolve(null),
    housingSide ? estateMunicipalities({ db, actor }) : Promise.resolve([]),
    // This year's dialogues in the user's scope; the admin's whole country is left to /tilsyn.
    actor.scope.kind === 'admin'
      ? Promise.resolve(null)
      : dialogueOverview({ db, actor, year, today, facts: c.var.deps.wiring.dialogueFacts }),
  ]);
  const heading =
    actor.scope.kind === 'municipality'
      ? 'Boligorganisationer under tilsyn'
      : actor.scope.kind === 'administrator'
        ? 'Boligorganisationer, I administrerer'
        : actor.scope.kind === 'organisation'
          ? 'Jeres boligorganisation'
          : 'Alle boligorganisationer';
  return page(
    c,
    ['Forside', user.affiliation],
    <>
      <h1>Velkommen, {user.name}</h1>
      <p class="font-lead">
        {/* An admin belongs to no organisation: the role once, not twice. */}
        {[user.affiliation, ROLE_LABELS[user.role]].filter(Boolean).join(' · ')}
      </p>
      <HomeDialogues
        year={year}
        summary={dialogues && yearSummary(dialogues)}
        href={housingSide ? `/mine-dialoger?aar=${year}` : `/tilsyn?aar=${year}`}
        linkText={
          housingSide
            ? 'Se hvad I skal levere og hvornår'
            : actor.scope.kind === 'admin'
              ? 'Se styringsdialogerne i alle kommuner'
              : 'Se tilsynsoversigten'
        }
      />
      <h2>{heading}</h2>
      {organisations.rows.length === 0 ? (
        <p>Ingen boligorganisationer endnu.</p>
      ) : (
        <ul class="sd-cards no-max-width">
          {organisations.rows.map((o) => (
            <li>
              <h3 class="h4 mt-0">
                <a href={`/boligorganisationer/${o.id}`}>{o.name}</a>
              </h3>
              <p class="mb-0">
                {o.municipalityName} · {countNoun(o.estates, 'afdeling', 'afdelinger')} · {countNoun(o.homes, 'bolig', 'boliger')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {organisations.total > organisations.rows.length && (
        <p>
          <a href="/boligorganisationer">Se alle {formatInteger(organisations.total)} boligorganisationer</a>
        </p>
      )}
      {estates && (
        <>
          <h2>Afdelinger</h2>
          <ul class="sd-cards no-max-width">
            {estates.rows.map((e) => (
              <li>
                <h3 class="h4 mt-0">
                  <a href={`/afdelinger/${e.id}`}>
                    {e.number} {e.name}
                  </a>
                </h3>
                <p class="mb-0">
                  {e.municipalityName} · {countNoun(e.homes, 'bolig', 'boliger')}
                </p>
              </li>
            ))}
          </ul>
          {estates.total > estates.rows.length && (
            <p>
              <a href="/afdelinger">Se alle {formatInteger(estates.total)} afdelinger</a>
            </p>
          )}
        </>
      )}
      {places.length > 0 && (
        <>
          <h2>Kommuner, hvor {actor.scope.kind === 'organisation' ? 'jeres' : 'jeres organisationers'} afdelinger ligger</h2>
          <ul class="sd-cards no-max-width">
            {places.map((m) => (
              <li>
                <h3 class="h4 mt-0">
                  <a href={`/kommuner/${m.code}`}>{m.name}</a>
                </h3>
                <p class="mb-0">
                  {countNoun(m.estates, 'afdeling', 'afdelinger')} · {countNoun(m.homes, 'bolig', 'boliger')}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>,
    { section: 'home' },
  );
});
