/*
 * Actions as people write them in prose, beyond the verbs decisions.ts lists: a body or a person
 * followed by a verb in the present tense ("Forvaltningen forhandler aftalen …", "IT-afdelingen
 * udarbejder en handleplan …"), "X vil forenkle …", "Bestyrelsen bad administrationen om at …",
 * and the passive of what is to be done ("Hjemmesiden opdateres", "Punktet tages op igen på
 * næste møde"). Verbs that report or describe ("oplyser", "viser", "ligger") are no action.
 */

/** "Forvaltningen", "Sekretariatet", "IT-afdelingen", "Centerchefen": a body or an office, by its definite form. */
const BODY = '(?:\\p{Lu}{2,}-\\p{Ll}+|\\p{Lu}\\p{Ll}+)(?:en|et|erne)';
const PERSON = '\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2}';
/** Present tense that reports, describes or decides rather than takes a task. */
const NOT_TASK =
  /^(?:er|har|var|kan|skal|vil|må|bliver|ønsker|mener|finder|ser|synes|tror|oplyser|siger|fortæller|spørger|bemærker|understreger|forklarer|foreslår|anbefaler|forventer|vurderer|tilslutter|støtter|godkender|beslutter|viser|udviser|udgør|indeholder|omfatter|ligger|giver|betyder|koster|stiger|falder|dækker|mangler|gælder|handler|drejer|kommer|står|går|får|hedder|består|fremgår|afventer|overvejer|arbejder|deltager|bor|præsenterer|orienterer|indstiller|tager|ansøger om at|udløber)$/;
const PRESENT_TASK = new RegExp(
  `^(?:(?:derfor|nu|så)\\s+)?(${BODY}|${PERSON})\\s+(?:også\\s+|nu\\s+|derfor\\s+)?(\\p{Ll}+er)(?![\\p{L}])(?!\\s+(?:at|om at|om godkendelse|om tilladelse|om støtte)(?![\\p{L}]))`,
  'u',
);
const WILL = new RegExp(`^(${BODY}|${PERSON})\\s+(?:vil|skal)\\s+(?:(?:gerne|også|derfor|nu)\\s+)?(\\p{Ll}+e)\\b`, 'u');
/** "Bestyrelsen bad administrationen om at udarbejde …": the one asked takes the task. */
const ASKED =
  /\b(?:bad|beder|anmodede|anmoder|opfordrede|opfordrer)\s+((?:\p{Lu}\p{Ll}+ )?\p{Ll}*(?:en|et|erne)|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2})\s+om\s+(?:at\s+)?/u;
const PASSIVE =
  /\b(?:tages op(?: igen)?|genoptages|opdateres|ajourføres|sendes|udsendes|fremsendes|informeres|orienteres|undersøges|udarbejdes|fremlægges|forelægges|indkaldes|indhentes|følges op|afklares|rettes|tilrettes|revideres|planlægges|iværksættes|evalueres)\b/;
/** "at …", "1) at …", "2. at …": an entry of a recommendation. */
const RECOMMENDATION = /^(?:\d{1,2}[.)]\s*)?at\s/i;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Who takes the task in a sentence written in prose: a name, null for a passive, undefined for no task. */
export function proseResponsible(sentence: string): string | null | undefined {
  const s = sentence.replace(/^(?:[-–•]\s*)/, '').trim();
  const asked = ASKED.exec(s);
  if (asked) return capitalise(asked[1]);
  const will = WILL.exec(s);
  if (will && !NOT_TASK.test(will[2])) return will[1];
  const present = PRESENT_TASK.exec(s);
  if (
    present &&
    !NOT_TASK.test(present[2]) &&
    !/^(?:Det|Der|Den|De|Dette|Denne|Man|Vi|Han|Hun|Mødet|Referatet|Dagsordenen)$/.test(present[1])
  )
    return present[1];
  // "Oversigt forelægges til orientering", "1) at forslaget sendes i høring": the case and its recommendation, not a task.
  if (
    PASSIVE.test(s) &&
    !/\b(?:blev|er blevet|var)\b|\btil (?:orientering|godkendelse|beslutning|drøftelse)\b/.test(s) &&
    !RECOMMENDATION.test(s)
  )
    return null;
  return undefined;
}

/** "… var fraværende", "… deltog ikke i behandlingen": who was away, not what was decided. */
export function isAbsence(sentence: string): boolean {
  return (
    /\b(?:var fraværende|deltog ikke|havde meldt afbud|udeblev|forlod mødet|kunne ikke deltage|mødte som stedfortræder|deltog i stedet)\b/i.test(
      sentence,
    ) ||
    // "Jan Jespersen (Ø) var som gruppeformand inviteret med til mødet": who attended, not what was decided.
    /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}(?: \([^)]*\))? var (?:\p{L}+ ){0,3}inviteret\b/u.test(sentence.trim()) ||
    /^(?:fraværende|afbud|ikke til stede)\s*:/i.test(sentence.trim()) ||
    /^(?:fraværende|afbud|ikke til stede)\s*:/i.test(sentence.trim()) ||
    /^(?:fraværende|afbud)$/i.test(sentence.trim())
  );
}

/**
 * The case as the minutes describe it, not a task taken at the meeting: "Sydfyns Erhvervsråd
 * fremsender referat af møde …", "Byrådet anmodes om at godkende …", "Økonomiafdelingen
 * fremsender regnskabsrapport …" — someone sending a document the case is about, or the body
 * being asked for its decision. "X sender ansøgningen …" at a meeting is a task, and so is anything
 * with a due date.
 */
const SENT_DOCUMENT =
  /\b(?:fremsender|fremsendte|oversender)\s+(?:hermed\s+)?(?:\p{Ll}+\s+)?(?:referat|dagsorden|regnskab|årsregnskab|budget|beretning|årsberetning|rapport|\p{Ll}*rapport|materiale|ansøgning|henvendelse|brev|redegørelse|høringssvar|bilag|forslag|oversigt|protokol|\p{Ll}*protokol)/iu;
export function isCaseDescription(sentence: string): boolean {
  const s = sentence.trim();
  if (/\b(?:senest|inden|snarest|til næste møde)\b/i.test(s)) return false;
  return SENT_DOCUMENT.test(s) || /\b(?:anmodes|bedes) om at (?:godkende|tage stilling|beslutte|drøfte|tiltræde)/i.test(s);
}
