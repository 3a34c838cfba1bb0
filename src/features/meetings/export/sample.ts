/**
 * A realistic referat to look at and test with: the Lejerbo/Næstved styringsdialog minutes of
 * March 2022 (shared seed 003), one formal item in the style of Helsingør's Råd for Almene
 * Boligforhold (seed 002, Punkt 2) and one closed item. The people's titles are made up.
 */
import type { DocumentItem, MeetingDocument } from './document.ts';

const item = (fields: Partial<DocumentItem> & Pick<DocumentItem, 'number' | 'title'>): DocumentItem => ({
  theme: null,
  closed: false,
  caseNumber: null,
  decidingBody: null,
  sections: [],
  text: '',
  notes: '',
  decisions: [],
  actions: [],
  absent: [],
  attachments: [],
  items: [],
  ...fields,
});

const formalItem = item({
  number: '7',
  title: 'Orientering om Byrådets beslutning: Plan for strategiske indsatser på almenboligområdet',
  theme: 'Strategi og boligpolitik',
  caseNumber: '20/25312',
  decidingBody: 'Byrådet 2018-2021',
  sections: [
    {
      heading: 'Indledning',
      text: 'Byrådet vedtog i august 2019 kommunens Bosætnings- og boligpolitik.\n\nDet fremgår af politikken, at der skal udarbejdes en strategi for placering og udvikling af almene boliger. Administrationen foreslår, som en del af arbejdet med at implementere politikken, at der arbejdes med fem strategiske indsatser på almenboligområdet i perioden 2020–2023.',
    },
    { heading: 'Retsgrundlag', text: 'Lov om almene boliger m.v.' },
    {
      heading: 'Sagsfremstilling',
      text: 'Administrationen anbefaler, at der arbejdes målrettet med nedenstående fem strategiske indsatser:\n\n1. Fireårige rammeudbud for nybyggeri af almene boliger fra og med 2021\n2. Modvirke dannelse af nye udsatte boligområder i kommunen\n3. Udarbejde en boligsocial helhedsplan for 2022-2025 primært finansieret af Landsbyggefonden\n4. Etablering af et bydelspartnerskab om udvikling af byens nordvestlige område\n5. Nøjsomhed fase 2 og 3 – fortætning og infrastruktur mv.\n\nForslaget til en model for rammeudbud skal bl.a. indeholde beskrivelser af\n\n- hvordan og i hvilket omfang kommunen principielt ønsker at bruge almene boliger i byudviklingen\n- hvordan det løbende boligbehov identificeres\n- hvordan der politisk kan fastsættes en kvote for de kommende fire års byggeri, herunder\n  - en beløbsramme for periodens tilsagn til grundkapitallån\n  - en udbudsproces, hvor boligorganisationerne kan byde ind med projekter',
    },
    {
      heading: 'Økonomi/Personaleforhold',
      text: 'Udvikling af et boligsocialt monitoreringsredskab afholdes med 50.000 kr. på Administrationens budget i 2020.',
    },
    {
      heading: 'Indstilling',
      text: 'Administrationen indstiller, med afsæt i ovenstående anbefalinger, til Økonomiudvalget\n\n- 1) at der iværksættes en strategisk indsats, der kan sikre gennemførelsen af fireårige rammeudbud for nybyggeri af almene boliger fra og med 2021.\n- 2) at der iværksættes en strategisk indsats, der kan modvirke dannelse af nye udsatte boligområder i kommunen.\n- 3)–5) at der iværksættes strategiske indsatser om helhedsplan, bydelspartnerskab og Nøjsomhed.',
    },
  ],
  decisions: [
    {
      body: 'Økonomiudvalget 2018-2021',
      date: '2020-12-14',
      text: 'Marlene Harpsøe (O) stillede forslag om, at dannelse af udsatte boligområder skal modvirkes ved, at flygtninge og indvandrere opfordres til hjemrejse, f.eks. med repatrieringsordningen.\n\nAd 1-2: Indstillingerne anbefales med 8 stemmer mod 1 (Ø).\nAd 3-5: Indstillingerne anbefales.',
      vote: 'Forslaget blev forkastet med 8 stemmer mod 1 (O).',
    },
    {
      body: 'Byrådet 2018-2021',
      date: '2020-12-21',
      text: 'Ad 1-2: Indstillingerne godkendt med 23 stemmer mod 2 (Ø).\nAd 3-5: Indstillingerne godkendt.',
      vote: 'Forslaget blev forkastet med 23 stemmer mod 2 (O).',
    },
  ],
  absent: ['Birgitte Holm'],
  attachments: ['Oversigt behandling af de strategiske indsatser på almenboligområdet FINAL.pdf'],
});

export const sampleMeeting: MeetingDocument = {
  kind: 'minutes',
  meetingKindLabel: 'Styringsdialogmøde',
  title: 'Styringsdialogmøde 2021 – Lejerbo Næstved',
  municipality: 'Næstved Kommune',
  organisations: ['Lejerbo Næstved'],
  startsAt: '2022-03-02T10:00:00+01:00',
  endsAt: '2022-03-02T12:00:00+01:00',
  place: 'Næstved Rådhus, Teatergade 8, mødelokale 2',
  participants: [
    {
      name: 'Jette Hansen',
      title: 'integrationskonsulent, Borgerservice',
      side: 'municipality',
      sideLabel: 'Næstved Kommune',
      present: true,
    },
    { name: 'Søren Østergaard', title: 'tilsynsførende, Plan og Byg', side: 'municipality', sideLabel: 'Næstved Kommune', present: true },
    { name: 'Birgitte Holm', title: 'afdelingsleder, Børn & Unge', side: 'municipality', sideLabel: 'Næstved Kommune', present: false },
    {
      name: 'Åse Lærkegård',
      title: 'formand for organisationsbestyrelsen',
      side: 'organisation',
      sideLabel: 'Lejerbo Næstved',
      present: true,
    },
    { name: 'Morten Bæk', title: 'regionsdirektør, Lejerbo', side: 'organisation', sideLabel: 'Lejerbo Næstved', present: true },
    { name: 'Louise Kjær', title: 'boligsocial koordinator, Lejerbo', side: 'organisation', sideLabel: 'Lejerbo Næstved', present: true },
    { name: 'Henrik Dahl', title: 'konsulent, BL 4. kreds', side: 'other', sideLabel: 'Øvrige', present: true },
  ],
  status: 'Godkendt af begge parter 15. marts 2022',
  version: 2,
  generatedAt: '2022-03-15T14:05:00+01:00',
  includeClosed: true,
  items: [
    item({
      number: '1',
      title: 'Opfølgning på aftaledokument fra 2020',
      theme: 'Opfølgning på aftaler',
      text: 'Status på de aftaler, der blev indgået på styringsdialogmødet i 2020.',
      notes:
        '- Udvikling af samarbejdet mellem kommune og boligselskab på det sociale plan.\n  - På sidste dialogmøde blev det aftalt, at daværende centerchef fra Børn & Unge skulle nedsætte en enhed, som skulle hjælpe boligselskabet. Det er desværre ikke sket. Lejerbo er fortsat interesseret i at få et tættere samarbejde.\n- Fleksible udlejningsaftaler\n  - Lejerbo deltog i Bolig Næstveds fællesmøde med BL den 22. februar omkring forebyggelsesområder og at tage fælles ansvar for beboersammensætning. De vil gerne indgå i samarbejdet.\n  - Lejerbo gør opmærksom på, at der skal tages afdelingshensyn, når en overordnet beboersammensætning skal nedfældes. Især ved renoveringen af Vandtårnsparken skal der tages hensyn til Lejerbos afdelinger på Manøvej og Præstøvej.\n  - BL og boligselskaberne er gået i gang med at udarbejde en fuld oversigt over afdelinger og antal boliger samt en inddeling i rød, gul og grøn i forhold til afdelingernes udfordringer.',
    }),
    item({
      number: '2',
      title: 'Dokumentationspakken',
      theme: 'Økonomi og drift',
      notes:
        '- Dispositionsfonden og arbejdskapitalen ser fine ud.\n- Overskud/underskud i afdelingerne skal justeres over 3 år.\n- Agerhønevej: Tilsynet bemærker et overskud på 748.000 kr.\n- Drifts- og vedligeholdelsesplanerne er udarbejdet for 30 år. Planerne har været på afdelingsmøderne og er godkendt.\n- Benchmarket ser overordnet fint ud. Kun Agerhønevej afviger.\n\nHelhedsplaner\n\n- Overordnet er helhedsplanerne presset af de stigende materialepriser. Det ses på de entreprisetilbud, som bliver givet på renoveringssager.\n\nMaterialet fra styringsdialog.dk\n\n- Effektivisering: Enkelte afdelinger har stort effektiviseringspotentiale.\n- Alment indkøb: Lejerbo benytter sig af udbudsmodellen, men vil gerne prioritere lokale håndværkere, i det omfang det er muligt.\n  - Ved udbud på over 1,5 mio. kr. skal opgaven i EU-udbud. Her måles på tre parametre: kvalitet, pris og samarbejde.\n- Ingen tomgangsleje og 4.000 på venteliste.',
      attachments: ['Dokumentationspakke Lejerbo Næstved 2021.pdf', 'Regnskab 2020 – afdelingsoversigt.xlsx'],
    }),
    item({
      number: '3',
      title: 'Fremtidsdrøftelser',
      theme: 'Nybyggeri og udvikling',
      notes:
        '- Der er ca. 7 mio. kr. til grundkapital.\n- Lejerbo ser gerne, at Næstved Kommune byder klart ind med, hvad de ønsker og stiller af krav til et projekt på området, fx bæredygtighed og differentiering af boligtyper.\n- Lejerbo er interesseret i, hvad kommunens boligliste efterspørger. Det er primært små boliger med en lav husleje under 3.000 kr.',
    }),
    item({
      number: '4',
      title:
        'Hvordan kommunen kan hjælpe beboerne/Lejerbo i forbindelse med de forskellige byggesager (genhusning og omfattende indvendig renovering)',
      theme: 'Boligsocial indsats',
      text: 'Lejerbo ønsker fokus på bl.a. psykisk sårbare beboere og beboere af anden etnisk herkomst end dansk, samt de ældre, der har brug for meget hjemmehjælp.',
      notes:
        '- Lejerbo er udfordret ved genhusning af psykisk sårbare. Det er svært at håndtere og giver en del udfordringer.\n- Der er et ønske om et tættere samarbejde mellem Lejerbo og Næstved Kommune for at tage hånd om de psykisk sårbare.\n- Jette opfordrer til, at Lejerbo hellere kontakter kommunen en gang for meget, når det handler om integration.\n- Der er stor ros fra Lejerbo til Hanne (kollega hos Jette), som giver god vejledning.\n- Det er fortsat et ønske at få oprettet en socialvicevært.\n- Jette opfordrer til at kontakte Gadeteamet eller Pension:\n  - Gadeteamet: tlf. 5588 2177\n  - Pension: tlf. 5588 1320\n\nDet aftales, at Jette løfter opgaven omkring social vicevært videre til teamleder og ny centerchef for Børn & Unge, Daniel Gottrup.',
      decisions: [
        {
          body: null,
          date: null,
          text: 'Jette Hansen løfter ønsket om en socialvicevært videre. Tilsynet vurderer, om Daniel Gottrup skal inviteres med til den fælles styringsdialog.',
          vote: null,
        },
      ],
      actions: [
        { text: 'Jette løfter opgaven om socialvicevært videre', responsible: 'Jette Hansen', due: '2022-06-01', done: false },
        {
          text: 'Vurdere, om Daniel Gottrup inviteres til fælles styringsdialog',
          responsible: 'Søren Østergaard',
          due: '2022-04-01',
          done: true,
        },
        {
          text: 'Administrativt møde med Daniel Gottrup om Lejerbos problemstillinger med sårbare beboere',
          responsible: 'Louise Kjær',
          due: null,
          done: false,
        },
      ],
    }),
    item({
      number: '5',
      title: 'Opfølgning på gamle udlejningsaftaler',
      theme: 'Udlejning og anvisning',
      text: 'Lejerbo har indsendt\n\n- alle eksisterende aftaler i et samlet dokument – mangler godkendelse\n- forslag til optimering af aftaler i et samlet dokument – mangler godkendelse\n- revideret udlejningsaftale for alle bofællesskaber – mangler godkendelse',
      notes:
        'Det blev drøftet, at Lejerbo må forvente, at udlejningsaftalerne først bliver fornyet og behandlet, når der er et samlet overblik via den dialog, der foregår mellem BL, kommunen og boligselskaberne.',
      items: [
        item({
          number: '5.a',
          title: 'Udlejningsaftale for bofællesskaberne',
          notes: 'Kommunen vil forsøge at få udlejningsaftalen for alle bofællesskaber behandlet og godkendt snarest.',
          actions: [
            {
              text: 'Behandle og godkende udlejningsaftalen for bofællesskaberne',
              responsible: 'Næstved Kommune',
              due: '2022-05-01',
              done: false,
            },
          ],
        }),
      ],
    }),
    item({
      number: '6',
      title: 'Henvendelse fra Grøn Omstilling, Agenda 21 og Klimarådet',
      theme: 'Bæredygtighed og miljø',
      text: 'Tilbud om gratis inspirationsarrangement om biodiversitet og om at gøre grønne arealer mere klimavenlige.',
      notes:
        '- Materialet er udleveret til Lejerbo.\n- Lejerbo har allerede været i kontakt med Grøn Omstilling, og organisationsbestyrelsen har besluttet at gå nærmere ind i biodiversitet og bæredygtighed ude i afdelingerne.',
    }),
    formalItem,
    item({
      number: '8',
      title: 'Udarbejdelse af aftaledokument',
      theme: 'Aftaledokument',
      decisions: [
        {
          body: 'Styringsdialogmødet',
          date: '2022-03-02',
          text: 'Aftaledokumentet udarbejdes med disse temaer:\n\n- Kommunal anvisning og samarbejdet herom\n- Social vicevært\n- Fokus på biodiversitet i afdelingerne\n- Fokus på effektivisering',
          vote: null,
        },
      ],
    }),
    item({
      number: '9',
      title: 'Genhusning af en beboer i afdelingen på Manøvej',
      theme: 'Boligsocial indsats',
      closed: true,
      caseNumber: '22/03117',
      text: 'Punktet behandles for lukkede døre, da det indeholder oplysninger om en enkelt beboers forhold.',
      notes: 'Kommunen og Lejerbo gennemgik sagen. Der findes en midlertidig løsning inden renoveringen går i gang.',
      actions: [{ text: 'Finde en midlertidig bolig til beboeren', responsible: 'Louise Kjær', due: '2022-04-15', done: false }],
    }),
    item({
      number: '10',
      title: 'Eventuelt',
      notes: '- I KL er der opstartet et projekt, hvor der gives økonomi til hjemløse, hvor huslejen maks. er på 3.500 kr.',
    }),
  ],
};
