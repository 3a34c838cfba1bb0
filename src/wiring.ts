import { authHistory } from './auth/history.ts';
import {
  agreementProposals,
  agreementsHistory,
  decisionAgreementLinks,
  dialogueAgreementsLink,
  lettingHistory,
  lettingProposals,
  municipalityLettingLink,
  organisationLettingLink,
  queueLettingWarnings,
} from './features/agreements/index.ts';
import { agreementDocumentsHistory, dialogueAgreementDocumentLink } from './features/agreement-documents/index.ts';
import { createHistory, mergeKinds } from './features/audit/index.ts';
import { councilReportsHistory, municipalityCouncilReportsLink, reportApprovedOn } from './features/council-reports/index.ts';
import { dialogueHistory, type DialogueEvents, type DialogueFactsSql, type ReminderScan } from './features/dialogue/index.ts';
import {
  actionPlansOf,
  dataQualityLink,
  ensureActionPlans,
  figuresImportLink,
  keyFigureProposals,
  keyFiguresHistory,
  municipalityAreaSummary,
  estateKeyFiguresSummary,
  organisationKeyFiguresLink,
  type KeyFigureEvents,
} from './features/key-figures/index.ts';
import { documentationHistory, openPackageWhenConvened, packageSentOn } from './features/documentation/index.ts';
import {
  dialogueMeetingHeldOn,
  lastHeldDialogueMeetings,
  meetingsHistory,
  meetingsOfOrganisation,
  type DecisionAgreementLinks,
  type ProposalSource,
} from './features/meetings/index.ts';
import { openDataDownloads } from './features/open-data/index.ts';
import {
  municipalityPublicLink,
  organisationPublicLink,
  publicationHistory,
  queueSubscriptionDigests,
  type PublicDownloadsContribution,
} from './features/publication/index.ts';
import { registryHistory, type MunicipalityLinkContribution, type OrganisationLinkContribution } from './features/registry/index.ts';
import { Hooks } from './lib/hooks.ts';

/*
 * How the features reach each other where a feature must not import the one it needs: the
 * reactions to events (documentation reacts to the dialogue's stage change), the parts another
 * feature contributes to a page (the dialogue page lists the meetings) and the facts a feature
 * knows that another's rules need (a deadline is met by the package sent and the meeting held).
 * This is the one place to read who reacts to what; the server, the CLI, the demo data and the
 * tests all build it here.
 */

/** Every event a feature emits, by name. New features add theirs ("figures imported", "minutes approved"). */
export type AppEvents = DialogueEvents & KeyFigureEvents;

/**
 * What has happened in a dialogue, from the features that hold it: the package sent, the meeting
 * held, the municipality's report to the council approved. The aftaledokument's deadline follows the
 * stage "offentliggjort", which publishing a document sets (and a supervisor may set by hand, with a reason).
 */
const dialogueFacts: DialogueFactsSql = {
  packageSent: packageSentOn,
  meetingHeld: dialogueMeetingHeldOn,
  reportApproved: reportApprovedOn,
};

export function createWiring() {
  const hooks = new Hooks<AppEvents>()
    .on('stageChanged', openPackageWhenConvened)
    // Three red years in the imported figures ask the organisation for an action plan, in the import's transaction.
    .on('keyFiguresImported', async ({ tx, actor, years, figures }) => {
      await ensureActionPlans(tx, { years, actor, figures });
    });
  return {
    hooks,
    /** The dialogue page lists the organisation's dialogue meetings, which the meetings feature holds. */
    dialogueMeetings: meetingsOfOrganisation,
    /** The dialogue page shows the open action plans of estates red three years in a row, which the key figures hold. */
    dialogueActionPlans: actionPlansOf,
    /**
     * A dialogue meeting's proposed items from other features: the key figures' red estates and
     * open action plans, the open agreements ("Opfølgning på aftaler") and the letting agreements
     * about to expire ("Udlejningsaftaler der udløber").
     */
    agendaProposals: [keyFigureProposals, agreementProposals, lettingProposals] as readonly ProposalSource[],
    /** The dialogue page links to the year's agreements. */
    dialogueAgreements: dialogueAgreementsLink,
    /** The dialogue page links to the year's aftaledokument. */
    dialogueAgreementDocument: dialogueAgreementDocumentLink,
    /** A meeting item's decisions link to the agreement made of them, or offer "Gør til aftale". */
    decisionAgreements: decisionAgreementLinks as DecisionAgreementLinks,
    /**
     * Every history page speaks of every kind of thing (an organisation's history holds the
     * dialogue's frequency, the admin's all of them), so each feature's words are joined here.
     */
    history: createHistory(
      mergeKinds(
        registryHistory,
        dialogueHistory,
        documentationHistory,
        meetingsHistory,
        keyFiguresHistory,
        agreementsHistory,
        lettingHistory,
        agreementDocumentsHistory,
        councilReportsHistory,
        publicationHistory,
        authHistory,
      ),
    ),
    /** The dialogue's deadlines are met by the package sent (documentation), the meeting held (meetings) and the council report approved. */
    dialogueFacts,
    /** The overview's "Seneste møde": the latest dialogue meeting held, not a date planned. */
    lastMeetingsHeld: lastHeldDialogueMeetings,
    /** Lines other features put on an organisation's page, linking to their pages about it (key figures: data quality). */
    organisationLinks: [
      dataQualityLink,
      figuresImportLink,
      organisationLettingLink,
      organisationPublicLink,
    ] as OrganisationLinkContribution[],
    /** Lines other features put on a municipality's page (letting agreements: its list; its reports to the council; its public page). */
    municipalityLinks: [municipalityLettingLink, municipalityCouncilReportsLink, municipalityPublicLink] as MunicipalityLinkContribution[],
    /** The public municipality page's downloads: open data's CSV files and OParl Body. */
    publicDownloads: openDataDownloads as PublicDownloadsContribution,
    /** Scans the reminder scheduler runs beside the dialogue's deadlines: letting agreements expiring within six months; the public subscriptions' daily digest. */
    reminderScans: [queueLettingWarnings, queueSubscriptionDigests] as ReminderScan[],
    /** The municipality's page lists its housing areas under monitoring, which key figures hold. */
    municipalityAreas: municipalityAreaSummary,
    /** The estate page shows the latest colour and links to the key figures, which that feature holds. */
    estateKeyFigures: estateKeyFiguresSummary,
    /** The organisation page and the dialogue page link to the organisation's key figures. */
    organisationKeyFigures: organisationKeyFiguresLink,
  };
}

export type Wiring = ReturnType<typeof createWiring>;
