import type { EvidenceWords } from '../../lib/evidence/words.ts';
import type { Cadence } from '../../lib/measures/cadence.ts';
import type { MeasureWords } from '../../lib/measures/words.ts';
import type { UiStrings } from '../index.ts';

// The evidence explanations (see en.ts): plain words for families, "nivel" for tier as on the
// rest of the Spanish site, and usted as in its interface.
const NOUNS = {
  students: ['estudiante', 'estudiantes'],
  schools: ['escuela', 'escuelas'],
  sites: ['sitio', 'sitios'],
  districts: ['distrito', 'distritos'],
} as const;

const tierName = (tier: number) => `el nivel ${tier}`;
const months = (n: number) => `${n} ${n === 1 ? 'mes' : 'meses'}`;

const evidenceWords: EvidenceWords = {
  locale: 'es',
  count: (n, what, one) => `${n} ${NOUNS[what][one ? 0 : 1]}`,
  sampleIn: (students, places) => `${students} en ${places}`,
  notReported: 'no informado',
  designLabel: {
    rct: 'Ensayo controlado aleatorizado',
    'quasi-experimental': 'Estudio cuasiexperimental',
    'regression-discontinuity': 'Estudio de regresión discontinua',
    correlational: 'Estudio correlacional',
    descriptive: 'Estudio descriptivo',
    qualitative: 'Estudio cualitativo',
    'mixed-methods': 'Estudio de métodos mixtos',
  },
  outcomeLabel: {
    'student-achievement': 'El rendimiento de los estudiantes (exámenes, calificaciones)',
    'student-attainment': 'El avance de los estudiantes (créditos, graduación, cursos aprobados)',
    'student-behavior': 'La conducta de los estudiantes (asistencia, disciplina)',
    'student-wellbeing': 'El bienestar de los estudiantes',
    'teacher-practice': 'La práctica de los maestros',
    'educator-perception': 'Las opiniones de los educadores',
    system: 'Cómo funciona el sistema escolar',
  },
  effectWithInterval: (size, low, high) => `${size} (intervalo del 95 %: de ${low} a ${high})`,

  why: {
    design: {
      rct: 'Fue un ensayo controlado aleatorizado: el azar decidió quién recibió el programa. Es el tipo de estudio más sólido.',
      'quasi-experimental':
        'Fue un estudio cuasiexperimental: comparó a estudiantes parecidos que recibieron el programa y que no lo recibieron.',
      'regression-discontinuity':
        'Fue un estudio de regresión discontinua, que cuenta como cuasiexperimental: comparó a estudiantes que quedaron justo por encima y justo por debajo de un punto de corte.',
      correlational: 'Fue un estudio correlacional: buscó una relación entre el programa y los resultados.',
      descriptive:
        'Fue un estudio descriptivo: describió lo que pasó, sin un grupo de comparación. Los niveles 1 a 3 necesitan una comparación.',
      qualitative:
        'Fue un estudio cualitativo (entrevistas, observaciones, documentos): no midió efectos. Los niveles 1 a 3 necesitan efectos medidos.',
      'mixed-methods':
        'Fue un estudio de métodos mixtos sin un diseño experimental, cuasiexperimental o correlacional, que los niveles 1 a 3 necesitan.',
    },
    adultOutcome: (outcome) => {
      const measured = {
        'teacher-practice': 'lo que hacen los maestros',
        'educator-perception': 'las opiniones de los educadores',
        system: 'cómo funciona el sistema escolar',
      }[outcome];
      return `Midió ${measured}, no el aprendizaje ni la conducta de los estudiantes: los niveles 1 a 3 necesitan un resultado en los estudiantes, así que el nivel 4 es lo más que puede alcanzar.`;
    },
    significantPositive: 'Encontró un efecto positivo estadísticamente significativo.',
    significantNegative:
      'Encontró un efecto negativo estadísticamente significativo: a los estudiantes del programa les fue peor.',
    notSignificant:
      'Su efecto no fue estadísticamente significativo, así que podría deberse al azar: los niveles 1 a 3 necesitan un efecto positivo significativo.',
    noSignificantEffect: 'No informa un efecto positivo estadísticamente significativo, que los niveles 1 a 3 necesitan.',
    overridingNegative: 'Otros estudios rigurosos encontraron efectos negativos significativos, y eso pesa más que este resultado.',
    controls: 'Usó controles estadísticos para las diferencias entre los estudiantes que participaron y los que no.',
    noControls:
      'No tuvo en cuenta las diferencias entre los estudiantes que participaron y los que no: el nivel 3 necesita esos controles.',
    sampleNeeded: (students, sites) => `al menos ${students} en al menos ${sites} escuelas o sitios`,
    sampleMissing: (missing, tier, needed) => {
      const what = missing.map((part) => (part === 'students' ? 'cuántos estudiantes' : 'cuántas escuelas o sitios')).join(' ni ');
      return `No informa ${what} participaron, y un número que falta cuenta como demasiado pequeño para ${tierName(tier)} (${needed}).`;
    },
    sampleSize: (students, sites) => `${students} en ${sites}`,
    sampleEnough: (size, tier, needed) => `Incluyó a ${size}: lo suficiente para ${tierName(tier)} (${needed}).`,
    sampleTooSmall: (size, tier, needed, onlyThat) =>
      `${onlyThat ? 'Solo incluyó a' : 'Incluyó a'} ${size}: no alcanza para ${tierName(tier)}, que necesita ${needed}.`,
    logicModelTier4:
      'Un modelo lógico bien definido y basado en la investigación explica por qué debería funcionar: eso alcanza para el nivel 4.',
    logicModelOnly: 'Hay un modelo lógico, pero nada más alcanza un nivel.',
    noLogicModel: 'Tampoco hay un modelo lógico bien definido, que el nivel 4 necesita, así que no tiene nivel.',
  },

  limits: {
    adultOutcome: 'Midió a los adultos o al sistema, así que todavía no dice nada sobre el aprendizaje de los estudiantes.',
    correlational: 'Muestra una relación, no una prueba de que el programa causó el cambio.',
    descriptive: 'Describe lo que pasó; no puede mostrar si el programa causó un cambio en los resultados.',
    chance: 'La diferencia que encontró podría deberse al azar.',
    negative: 'A los estudiantes del programa les fue peor: esto es evidencia en contra del programa.',
    overridingNegative: 'Otros estudios rigurosos encontraron daños; léalos antes de tomar decisiones con base en este.',
    sampleUnknown:
      'No dice cuántos estudiantes o escuelas participaron, así que no podemos saber si el resultado se repetiría en otros lugares.',
    sampleSmall: (sample) => `Con ${sample}, es posible que el resultado no se repita en otras escuelas.`,
    oneDistrict: 'Se hizo en un solo distrito; los resultados pueden ser distintos en otros lugares.',
    noInterval: 'No da un intervalo de confianza, así que no podemos decir qué tan preciso es el tamaño del efecto.',
    tier4: 'Hay un plan razonado de por qué debería funcionar, pero ningún estudio aquí muestra que funcione.',
    tier1or2: 'Muestra que el programa funcionó en las escuelas estudiadas; sus estudiantes y su personal pueden ser distintos.',
    fallback: 'Los resultados de las escuelas estudiadas pueden ser distintos en las suyas.',
  },

  months: {
    none: 'ningún progreso adicional',
    more: (n) => `alrededor de ${months(n)} de progreso adicional`,
    less: (n) => `alrededor de ${months(n)} menos de progreso`,
    between: (low, high) => `entre ${low} y ${high} meses`,
    betweenLess: (low, high) => `entre ${low} y ${high} meses menos`,
    betweenLessAndMore: (less, more) => `entre ${months(less)} menos y ${months(more)} más`,
    withInterval: (text, range) => `${text} (intervalo del 95 %: ${range})`,
  },
};

// The words of measure charts (src/lib/measures/words.ts): a verdict's plain reading, flags,
// points and the chart's text alternative.
const NUMBERS = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'];

/** Singular, plural, and whether the noun is feminine (for articles and adjectives). */
const UNITS: Record<Cadence, [string, string, boolean]> = {
  day: ['día', 'días', false],
  week: ['semana', 'semanas', true],
  month: ['mes', 'meses', false],
  quarter: ['trimestre', 'trimestres', false],
  year: ['año', 'años', false],
  point: ['medición', 'mediciones', true],
};

const feminine = (cadence: Cadence) => UNITS[cadence][2];
const number = (count: number, cadence: Cadence) =>
  count === 1 ? (feminine(cadence) ? 'una' : 'un') : (NUMBERS[count] ?? String(count));
const unitName = (count: number, cadence: Cadence) => UNITS[cadence][count === 1 ? 0 : 1];
const howMany = (count: number, cadence: Cadence) => `${number(count, cadence)} ${unitName(count, cadence)}`;
/** "seguidos" or "seguidas", agreeing with the unit. */
const inARow = (cadence: Cadence) => (feminine(cadence) ? 'seguidas' : 'seguidos');
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const aboveOrBelow = (side: 'up' | 'down') => (side === 'up' ? 'por encima' : 'por debajo');
const times = (count: number) => (count === 1 ? 'vez' : 'veces');
const plainNumber = (count: number) => NUMBERS[count] ?? String(count);

const measureWords: MeasureWords = {
  locale: 'es',
  howMany,
  theLast: (count, cadence) => {
    const article = feminine(cadence) ? (count === 1 ? 'la última' : 'las últimas') : count === 1 ? 'el último' : 'los últimos';
    return count === 1 ? `${article} ${unitName(1, cadence)}` : `${article} ${howMany(count, cadence)}`;
  },
  withUnit: (value, unit) => `${value} ${unit}`,

  noData: 'Todavía no hay valores que leer.',
  tooFew: {
    run: (useful, needed) =>
      `Todavía es pronto para saberlo: un gráfico de rachas necesita al menos ${needed} puntos fuera de su línea central para distinguir un cambio real del azar, y este tiene ${useful}.`,
    xmr: () => 'Todavía no hay valores suficientes para calcular el rango habitual.',
  },
  noSignal: {
    run: 'Las subidas y bajadas son las que daría el azar: por ahora, ninguna señal de cambio real.',
    xmr: 'Todos los puntos están dentro de las subidas y bajadas habituales: por ahora, ninguna señal de cambio real.',
  },
  run: (e) =>
    e.ongoing
      ? `En ${e.theLast}, el valor estuvo siempre ${aboveOrBelow(e.side)} del nivel habitual: una señal de cambio real, no del azar.`
      : `De ${e.start} a ${e.end}, el valor estuvo ${aboveOrBelow(e.side)} del nivel habitual ${e.howMany} ${inARow(e.cadence)}: una señal de cambio real en ese momento, no del azar.`,
  trend: (e) =>
    e.ongoing
      ? `En ${e.theLast}, el valor ${e.side === 'up' ? 'subió' : 'bajó'} cada vez: una tendencia sostenida, no del azar.`
      : `De ${e.start} a ${e.end}, el valor ${e.side === 'up' ? 'subió' : 'bajó'} cada vez, ${e.howMany} ${inARow(e.cadence)}: una tendencia sostenida en ese momento, no del azar.`,
  outside: (e) =>
    e.count === 1
      ? `En ${e.end}, el valor quedó más ${aboveOrBelow(e.side)} del nivel habitual de lo que puede explicar el azar: ocurrió algo fuera de lo común.`
      : `De ${e.start} a ${e.end}, el valor quedó más ${aboveOrBelow(e.side)} del nivel habitual de lo que puede explicar el azar ${e.howMany} ${inARow(e.cadence)}: ocurrió algo fuera de lo común.`,
  twoOfThree: (e) =>
    `Hacia ${e.end}, dos de tres valores seguidos estuvieron cerca del borde ${e.side === 'up' ? 'superior' : 'inferior'} del rango habitual: un primer indicio de que algo puede estar cambiando.`,
  fewCrossings: (crossings, crossingsMin) =>
    `La línea cruzó su centro solo ${plainNumber(crossings)} ${times(crossings)}, cuando el azar la haría cruzar al menos ${plainNumber(crossingsMin)} veces: lo más probable es que el nivel haya cambiado.`,
  reading: {
    improvement: 'Es un cambio a mejor.',
    concern: 'Es un cambio a peor, que conviene revisar.',
  },
  otherSignals: (count) => (count === 1 ? 'El análisis encuentra también otra señal.' : `El análisis encuentra también otras ${plainNumber(count)} señales.`),
  trial: (points) =>
    `El rango habitual se basa todavía en menos de ${plainNumber(points)} valores, así que puede moverse a medida que lleguen datos nuevos.`,
  target: (met, target, cadence) => {
    switch (met) {
      case 'always':
        return `Si todo sigue como hasta ahora, la meta de ${target} se cumplirá siempre.`;
      case 'never':
        return `Si todo sigue como hasta ahora, la meta de ${target} no se cumplirá: alcanzarla exige cambiar la forma de trabajar.`;
      case 'sometimes': {
        const [some, others] = feminine(cadence) ? ['algunas', 'otras'] : ['algunos', 'otros'];
        return `Si todo sigue como hasta ahora, la meta de ${target} se cumplirá ${some} ${UNITS[cadence][1]} y ${others} no.`;
      }
    }
  },
  levelChange: (before, after, since, label, reading) => {
    // "Desde el 3 de noviembre de 2025", but "desde noviembre de 2025".
    const from = /^\d/.test(since) ? `el ${since}` : since;
    const change = label ? `Desde ${from} (${label})` : `Desde ${from}`;
    const verdict = reading === 'improvement' ? ', un cambio a mejor' : reading === 'concern' ? ', un cambio a peor' : '';
    return `${capital(change)}, el nivel habitual es ${after}, frente a ${before} antes${verdict}.`;
  },

  flagLabel: {
    outside: 'Fuera del rango habitual',
    'two-of-three': 'Dos de tres cerca del borde del rango',
    shift: 'Siete o más a un lado del promedio',
    trend: 'Siete o más subiendo o bajando',
    'long-run': 'Racha larga a un lado de la línea central',
  },
  readingLabel: { improvement: 'mejor', concern: 'peor' },
  missing: 'sin valor',
  withheld: 'retenido (menos de 10 personas)',
  chartName: { run: 'Gráfico de rachas', xmr: 'Gráfico de control (XmR)' },
  centreName: { run: 'mediana', xmr: 'promedio' },
  summary: (chart, count, first, last, centre) =>
    `${chart === 'run' ? 'Gráfico de rachas' : 'Gráfico de control (XmR)'} de ${count}, de ${first} a ${last}${
      centre === null ? '' : `; ${chart === 'run' ? 'mediana' : 'promedio'}: ${centre}`
    }.`,
};

/** Interface strings in Spanish (pages under /es/). Same shape as en.ts. */
const es: UiStrings = {
  siteName: 'Portal de Evidencia de las Alianzas',
  siteTagline:
    'Lo que han aprendido nuestras alianzas de investigación, con etiquetas honestas sobre la solidez de la evidencia.',
  inDefaultLanguage: 'en inglés',
  skipToContent: 'Saltar al contenido principal',
  nav: {
    label: 'Principal',
    briefs: 'Informes',
    findings: 'Hallazgos',
    challenges: 'Desafíos',
    events: 'Eventos',
    problems: 'Problemas',
    improvement: 'Mejora',
    glossary: 'Glosario',
  },
  search: {
    label: 'Buscar en el portal',
    button: 'Buscar',
    placeholder: 'asistencia, tutoría…',
  },
  languageSwitch: { label: 'Idioma', readIn: 'Leer esta página en' },
  types: {
    brief: 'Informe de investigación',
    finding: 'Hallazgo',
    challenge: 'Nota sobre un desafío',
    event: 'Evento',
    aim: 'Meta',
    'change-idea': 'Idea de cambio',
    cycle: 'Ciclo PDSA',
    cluster: 'Grupo de investigación y acción',
    measure: 'Medida',
  },
  typesPlural: {
    briefs: 'Informes de investigación',
    findings: 'Hallazgos',
    challenges: 'Notas sobre desafíos',
    events: 'Eventos',
    aims: 'Metas',
    'change-ideas': 'Ideas de cambio',
    cycles: 'Ciclos PDSA',
    clusters: 'Grupos de investigación y acción',
    measures: 'Medidas',
  },
  pending: {
    draft: 'Borrador: no publicado. Solo usted puede ver esta página.',
    review: 'En revisión: aún no publicado. Compartido con los socios antes de su publicación.',
    embargoed: 'Bajo embargo: no será público hasta el',
  },
  pendingTag: { draft: 'Borrador', review: 'En revisión', embargoed: 'Bajo embargo' },
  meta: {
    published: 'Publicado',
    updated: 'Actualizado',
    authors: 'Escrito por',
    presenters: 'Presentadores',
    audiences: 'Para',
    problems: 'Problemas de práctica',
    alliance: 'Alianza',
    related: 'Relacionado',
  },
  brief: {
    keyFindings: 'Hallazgos principales',
    findingsDrawn: 'Hallazgos basados en este informe',
    doi: 'DOI',
    pdf: 'Leer el informe completo (PDF)',
  },
  cite: {
    heading: 'Cómo citar este informe',
    apa: 'Estilo APA (7.ª edición)',
    downloads: 'Añádalo a su gestor de referencias',
    bibtex: 'Descargar BibTeX (.bib)',
    ris: 'Descargar RIS (.ris) para Zotero, EndNote o Mendeley',
  },
  feeds: {
    site: 'Todo lo nuevo del portal (RSS)',
    problem: 'Novedades sobre este problema de práctica (RSS)',
    follow: 'Siga este problema con un lector de noticias',
  },
  guide: {
    forResearchers: '¿Va a publicar un informe? La guía para investigadores (en inglés) explica cada paso, desde el primer borrador hasta la cita.',
  },
  finding: {
    sources: 'De dónde viene este hallazgo',
    implications: 'Qué podría hacer un distrito con esto',
  },
  challenge: {
    label: 'Desafío',
    involves: 'Participan',
    strategies: 'Lo que intentó la alianza',
    notesOn: 'Notas sobre',
    kindsHeading: 'Los tres desafíos',
    noteCount: (count: number, formatted: string) => (count === 1 ? '1 nota' : `${formatted} notas`),
    allNotes: 'Todas las notas, de la más reciente a la más antigua',
    stakeholders: {
      researchers: 'investigadores',
      district: 'la oficina del distrito',
      schools: 'escuelas',
      community: 'familias y comunidad',
      funders: 'financiadores',
    },
  },
  event: {
    attending: 'Cómo asistir',
    when: 'Cuándo',
    format: 'Formato',
    formats: { 'in-person': 'En persona', online: 'En línea', hybrid: 'En persona y en línea' },
    where: 'Dónde',
    online: 'En línea',
    joinOnline: 'Unirse en línea',
    interpretation: 'Interpretación',
    accessibility: 'Accesibilidad',
    registration: 'Inscripción',
    register: 'Inscribirse',
    materials: 'Materiales',
    upcoming: 'Próximos eventos',
    past: 'Eventos pasados',
    comingUp: 'Próximamente',
    addToCalendar: 'Añadir al calendario',
    addAllToCalendar: 'Añadir todos los eventos a su calendario',
    details: 'Más información',
    discussedAt: 'Se habló de esto en',
  },
  community: {
    partnershipHeading: '¿Qué es una alianza de investigación?',
    partnershipIntro:
      'Una alianza de investigación es un distrito escolar y un equipo de investigadores que trabajan juntos. Estudian preguntas que importan a nuestras escuelas, como la asistencia y la lectura. Después comparten lo que aprenden con el personal y las familias.',
    nextEventsHeading: 'Próximos eventos',
    noUpcoming: 'Por ahora no hay eventos programados. En la página de eventos puede leer sobre los eventos pasados y sus materiales.',
    allEvents: 'Ver todos los eventos',
    findingsHeading: 'Lo que encontró la investigación, en pocas palabras',
  },
  paging: {
    label: 'Páginas de esta lista',
    previous: 'Página anterior',
    next: 'Página siguiente',
    page: 'Página',
    pageOf: (number: string, last: string) => `Página ${number} de ${last}`,
    showing: (first: string, end: string, total: string) => `${first} a ${end} de ${total}`,
    searchWithin: 'Buscar dentro de esta lista',
    allEntries: 'Todo lo de aquí, de lo más reciente a lo más antiguo',
    byKind: 'Buscar por tipo',
  },
  lists: {
    briefs: {
      title: 'Informes de investigación',
      description:
        'Estudios que los investigadores de las alianzas publicaron junto con sus distritos, del más reciente al más antiguo.',
    },
    findings: {
      title: 'Hallazgos',
      description:
        'Una afirmación cada uno, con la solidez de su evidencia calculada a partir de los datos del estudio, y los informes de donde viene.',
    },
    challenges: {
      title: 'Notas sobre desafíos',
      description:
        'Las alianzas entre distritos e investigadores enfrentan tres desafíos duraderos: ganarse la confianza, mantener los objetivos alineados y convertir los hallazgos en aprendizaje.',
    },
    events: {
      title: 'Eventos',
      description:
        'Encuentros donde investigadores, personal escolar y familias conversan sobre los hallazgos. Primero los próximos eventos, luego los pasados con sus materiales.',
    },
    aims: {
      title: 'Metas',
      description:
        'Lo que redes de escuelas intentan mejorar juntas, cuánto y para cuándo, con su idea de cómo lograrlo.',
    },
    'change-ideas': {
      title: 'Ideas de cambio',
      description:
        'Cambios que las escuelas ponen a prueba en ciclos cortos, y en qué punto está cada uno: adoptado, en ajuste, todavía en prueba o descartado.',
    },
    clusters: {
      title: 'Grupos de investigación y acción',
      description:
        'Grupos de socios que se ocupan juntos de una parte de una meta común: prueban cambios sobre ella y comparten lo que aprenden.',
    },
    measures: {
      title: 'Medidas',
      description:
        'Lo que cuentan las redes de mejora, mes a mes, y lo que muestra cada gráfico en palabras sencillas: un cambio real, o las subidas y bajadas de siempre.',
    },
  },
  home: {
    waysInHeading: '¿Por dónde quiere empezar?',
    waysIn: {
      'district-staff': {
        heading: 'Trabajo en un distrito escolar',
        text: 'Encuentre lo que estudios en distritos como el suyo descubrieron sobre un problema que usted enfrenta, y cuánto confiar en cada hallazgo.',
        link: 'Evidencia para el personal del distrito',
      },
      researchers: {
        heading: 'Soy investigador o investigadora',
        text: 'Publique un informe con su distrito, compártalo antes de publicarlo y ofrezca una cita a sus lectores.',
        link: 'Informes y guías para investigadores',
      },
      community: {
        heading: 'Soy madre, padre o miembro de la comunidad',
        text: 'Venga a un foro comunitario y lea lo que encontró la investigación, en palabras sencillas.',
        link: 'Eventos y hallazgos para familias',
      },
    },
    problemsHeading: 'Explorar por problema',
    latestHeading: 'Publicado recientemente',
  },
  challengeKinds: {
    legitimacy: {
      title: 'Legitimidad',
      question: '¿Confían en la alianza y en su investigación los líderes del distrito, el personal escolar y las familias?',
      explanation:
        'Una alianza solo es útil si las personas a quienes sirve creen que su trabajo es justo, independiente y trata sobre sus escuelas. La confianza puede perderse cuando los resultados no son los esperados, cuando cambian los líderes o cuando la investigación se siente hecha sobre una comunidad y no con ella. Estas notas cuentan cómo las alianzas ganaron, mantuvieron o recuperaron esa confianza.',
    },
    alignment: {
      title: 'Alineación',
      question: '¿Trabajan los investigadores y el distrito en las mismas preguntas y con los mismos plazos?',
      explanation:
        'Investigadores, oficinas del distrito, escuelas y financiadores tienen cada uno sus propios objetivos y calendarios. Un estudio puede responder una pregunta que ya nadie en el distrito se hace, o llegar después de aprobado el presupuesto. Estas notas cuentan cómo las alianzas mantuvieron sus objetivos y plazos en sintonía.',
    },
    learning: {
      title: 'Aprendizaje',
      question: '¿Aprende realmente el distrito de la investigación y cambia lo que hace?',
      explanation:
        'Publicar un hallazgo no es lo mismo que aprender de él. El aprendizaje ocurre cuando el personal conversa sobre los resultados, cuestiona sus supuestos y cambia su práctica, y cuando los investigadores también aprenden del distrito. Estas notas cuentan qué ayudó a que los hallazgos pasaran de un informe a las aulas y a las decisiones.',
    },
  },
  searchPage: {
    title: 'Buscar',
    description: 'Busque en todos los informes, hallazgos, notas sobre desafíos, eventos y trabajos de mejora, y filtre por público, problema, nivel de evidencia y más.',
    queryLabel: 'Palabras a buscar',
    submit: 'Buscar',
    filtersHeading: 'Filtrar los resultados',
    facets: {
      type: 'Tipo',
      audience: 'Para',
      problem: 'Problema de práctica',
      alliance: 'Alianza',
      tier: 'Nivel de evidencia',
      challenge: 'Desafío',
      year: 'Año',
    },
    sortLabel: 'Orden',
    sortRelevance: 'Más relevantes primero',
    sortDate: 'Más recientes primero',
    clear: 'Borrar la búsqueda y los filtros',
    prompt: 'Escriba una palabra o elija un filtro para ver resultados.',
    searching: 'Buscando…',
    resultOne: '1 resultado',
    resultMany: '{count} resultados',
    noResults: 'No hay resultados. Pruebe otra palabra o menos filtros.',
    showMore: 'Mostrar más resultados',
    unavailable: 'La búsqueda no está disponible en esta copia del sitio (el índice se crea con npm run build).',
    noScript: 'La búsqueda necesita JavaScript, que está desactivado o bloqueado en su navegador. Aun así puede explorar todo:',
    resultsHeading: 'Resultados',
  },
  evidencePage: {
    title: 'Cómo calificamos la evidencia',
    description:
      'Cada afirmación de este portal lleva una etiqueta que dice qué tan sólida es su evidencia. La calculamos a partir de los datos del estudio, nunca de lo que dice su autor. Así lo hacemos.',
    contents: 'En esta página',
    tiersHeading: 'Los cuatro niveles',
    tiersIntro:
      'Los niveles siguen las definiciones de la ley federal Every Student Succeeds Act (ESSA), que muchos distritos deben usar al elegir programas. El nivel 1 es el más sólido. Una afirmación que no cumple ninguno queda “sin nivel”.',
    tierNeeds: {
      1: (students: string, sites: number) =>
        `Un ensayo controlado aleatorizado: el azar decidió qué estudiantes recibieron el programa. Encontró un efecto claro y positivo en los estudiantes, con al menos ${students} estudiantes en al menos ${sites} escuelas o sitios.`,
      2: () =>
        'Un estudio cuasiexperimental: comparó a estudiantes parecidos que recibieron el programa y que no lo recibieron (un estudio de regresión discontinua cuenta aquí). Las mismas reglas de efecto y tamaño que el nivel 1.',
      3: () =>
        'Un estudio correlacional que tuvo en cuenta las diferencias entre los estudiantes, o un ensayo o estudio cuasiexperimental demasiado pequeño para los niveles 1 y 2. Igual necesita un efecto claro y positivo en los estudiantes.',
      4: () =>
        'Todavía no hay un estudio como los de arriba, pero un modelo lógico bien definido y basado en la investigación explica por qué el programa debería funcionar.',
    },
    noTier:
      'El estudio no cumple ningún nivel: por ejemplo, solo describió lo que pasó, su efecto podría deberse al azar, u otros estudios rigurosos encontraron que el programa hizo daño. Puede ser útil leerlo, pero no es evidencia de que el programa funcione.',
    rulesHeading: 'Las reglas que comparten todos los niveles',
    rules: [
      {
        lead: 'Tiene que medir a los estudiantes.',
        text: () =>
          'Los niveles 1 a 3 necesitan un efecto en los estudiantes: su aprendizaje, sus créditos, su asistencia, su conducta o su bienestar. Un estudio sobre lo que piensan o hacen los maestros puede llegar como máximo al nivel 4, porque todavía no dice nada sobre los estudiantes.',
      },
      {
        lead: 'El efecto tiene que ser claro y positivo.',
        text: () =>
          '“Estadísticamente significativo” quiere decir que es poco probable que la diferencia se deba al azar. Un estudio sin un efecto claro, o con un efecto negativo, no puede llegar a los niveles 1 a 3.',
      },
      {
        lead: 'El tamaño importa.',
        text: (students: string, sites: number) =>
          `Los niveles 1 y 2 necesitan al menos ${students} estudiantes en al menos ${sites} escuelas o sitios. Un estudio que no informa su tamaño cuenta como demasiado pequeño.`,
      },
      {
        lead: 'El daño en otros lugares cuenta.',
        text: () =>
          'Si otros estudios rigurosos encontraron que el programa hizo daño, este estudio no puede subirlo a los niveles 1 a 3.',
      },
    ],
    rulesOutro: 'Cada hallazgo dice, con estas palabras, las razones que decidieron su nivel, bajo “Por qué tiene este nivel”.',
    monthsHeading: 'Meses de progreso',
    monthsIntro: [
      'Un tamaño del efecto como 0,19 es difícil de imaginar. Siguiendo la escala de la Education Endowment Foundation, también decimos a cuántos meses de progreso adicional en el aprendizaje equivale: los estudiantes avanzaron más o menos lo que avanzarían en esa cantidad de meses más de escuela. Un efecto de tutoría de 0,19 se lee “alrededor de 3 meses de progreso adicional”.',
      'Mostramos meses solo para resultados de aprendizaje (exámenes, calificaciones, créditos, graduación). Los meses no significan nada para la asistencia ni para una encuesta de opiniones, así que allí no los mostramos. Los efectos negativos se leen como meses menos de progreso.',
    ],
    monthsCaption: 'Tamaño del efecto y meses de progreso adicional',
    effectSizeColumn: 'Tamaño del efecto',
    monthsColumn: 'Meses',
    sizeRange: (from: string, to: string) => `de ${from} a ${to}`,
    sizeOrMore: (from: string) => `${from} o más`,
    limitsHeading: 'Lo que un nivel no puede decirle',
    limitsText:
      'Hasta un estudio de nivel 1 se hizo en ciertas escuelas, con ciertos estudiantes y cierto personal. Cada hallazgo dice con claridad lo que su estudio no puede decirle, bajo “Lo que esta evidencia no puede decirle”: por ejemplo, que un estudio correlacional muestra una relación pero no una causa, o que un estudio pequeño puede no repetirse en otras escuelas. Lea esas líneas antes de decidir.',
    authorsHeading: 'Cuando un autor no está de acuerdo',
    authorsText:
      'Los autores pueden escribir el nivel que creen que alcanza un estudio. El portal lo comprueba: si un autor afirma un nivel más sólido del que permiten los datos, el sitio no se publica hasta que se corrija, y la comprobación explica por qué. La etiqueta que ven los lectores es siempre la calculada.',
  },
  evidence: {
    heading: '¿Qué tan sólida es esta evidencia?',
    why: 'Por qué tiene este nivel',
    limits: 'Lo que esta evidencia no puede decirle',
    study: 'El estudio',
    design: 'Diseño',
    measured: 'Qué se midió',
    sample: 'Muestra',
    effectSize: 'Tamaño del efecto',
    months: 'En meses de aprendizaje',
    howWeRate: 'Cómo calificamos la evidencia',
    inEnglishOnly: 'La explicación de abajo está en inglés.',
  },
  evidenceTable: {
    heading: 'Evidencia sobre este problema, de la más sólida a la menos sólida',
    caption: 'Hallazgos sobre este problema y la solidez de su evidencia. El nivel se calcula a partir del diseño, el tamaño y los resultados de cada estudio.',
    finding: 'Hallazgo',
    design: 'Diseño',
    students: 'Estudiantes',
    schools: 'Escuelas o sitios',
    effect: 'Tamaño del efecto',
    months: 'En meses de aprendizaje',
    tier: 'Nivel de evidencia',
    notReported: 'no informado',
    notApplicable: 'no es un resultado de aprendizaje',
    printTitle: 'Resumen de la evidencia',
    printNote: 'Impreso desde el Portal de Evidencia de las Alianzas. Los niveles siguen las definiciones de ESSA; vea /es/evidence/ en el portal para saber cómo se calculan.',
    searchWithin: 'Buscar dentro de este problema',
    allRows: (count: string) => `La tabla de evidencia completa: los ${count} hallazgos, del más sólido al menos sólido`,
    pageTitle: (problem: string) => `Evidencia sobre ${problem}`,
    backToProblem: 'Volver al problema',
  },
  problemsPage: {
    title: 'Problemas de práctica',
    description: 'Las preguntas que los distritos socios llevaron a sus alianzas de investigación, con sus propias palabras.',
    entryCount: (count: number, formatted: string) => (count === 1 ? '1 publicación' : `${formatted} publicaciones`),
    allInDefaultLanguage: 'Todo lo publicado sobre este problema',
  },
  peoplePage: {
    title: 'Personas',
    description: 'Investigadores, personal de los distritos y miembros de la comunidad que escriben y presentan para las alianzas.',
    role: 'Función',
    affiliation: 'Institución',
    website: 'Sitio web',
    allInDefaultLanguage: 'Todo lo de esta persona',
    searchWithin: 'Buscar este nombre en el portal',
  },
  alliancesPage: {
    title: 'Alianzas',
    description: 'Las alianzas de investigación detrás de este portal: cada una es una colaboración de largo plazo entre investigadores y distritos escolares.',
    since: (year: number) => `Desde ${year}`,
    districts: 'Distritos',
    partners: 'Socios',
    founded: 'Fundada en',
    website: 'Sitio web',
    allInDefaultLanguage: 'Todo lo publicado por esta alianza',
    searchWithin: 'Buscar dentro de esta alianza',
  },
  audiencePage: {
    /** `{label}` is the audience's label, lower-cased: "Para district staff". */
    title: 'Para {label}',
    searchWithin: 'Buscar todo lo escrito para este público',
    allInDefaultLanguage: 'Todo lo escrito para este público',
  },
  glossaryPage: {
    title: 'Glosario',
    description: 'Términos de investigación explicados con palabras sencillas.',
    lettersLabel: 'Letras del glosario',
    also: 'también',
  },
  tiers: {
    1: 'Nivel 1: Evidencia sólida',
    2: 'Nivel 2: Evidencia moderada',
    3: 'Nivel 3: Evidencia prometedora',
    4: 'Nivel 4: Demuestra una justificación',
    none: 'Sin nivel: no hay suficiente evidencia',
  },
  improvement: {
    statusLabel: 'Estado',
    status: { adopt: 'Adoptada', adapt: 'En ajuste', testing: 'En prueba', abandon: 'Descartada' },
    notTested: 'Todavía sin probar',
    statusAt: (status: 'adopt' | 'adapt' | 'testing' | 'abandon', sites: number) =>
      `${{ adopt: 'Adoptada', adapt: 'En ajuste', testing: 'En prueba', abandon: 'Descartada' }[status]} en ${sites} ${sites === 1 ? 'sitio' : 'sitios'}`,
    cyclesAtSites: (cycles: number, sites: number) =>
      `${cycles} ${cycles === 1 ? 'ciclo' : 'ciclos'} en ${sites} ${sites === 1 ? 'sitio' : 'sitios'}`,
    decision: { adopt: 'Adoptar', adapt: 'Ajustar', abandon: 'Descartar' },
    decisionMeaning: {
      adopt: 'seguir haciéndolo como parte de la rutina',
      adapt: 'cambiarlo y volver a probarlo',
      abandon: 'dejarlo: aquí no funcionó',
    },
    howToRead: 'Cómo leer esta página',
    aim: {
      statement: 'La meta',
      target: 'Objetivo',
      by: 'para el',
      driversHeading: 'Cómo piensa llegar la red',
      driversIntro:
        'Este diagrama de impulsores es la teoría de mejora de la red. Se lee de izquierda a derecha: la meta, las pocas cosas grandes que tienen que cambiar para alcanzarla (impulsores primarios), los lugares del trabajo diario donde esas cosas pueden cambiar (impulsores secundarios) y las ideas de cambio que se están probando allí.',
      listIntro: 'El mismo diagrama como lista, con el estado de cada idea de cambio:',
      columns: { aim: 'Meta', primary: 'Impulsores primarios', secondary: 'Impulsores secundarios', 'change-idea': 'Ideas de cambio' },
      primary: 'Impulsor primario',
      secondary: 'Impulsor secundario',
      noChangeIdeas: 'Todavía no hay ideas de cambio publicadas sobre este impulsor.',
      measuresHeading: 'Cómo se mide el avance',
      measureKinds: { outcome: 'Medidas de resultado', process: 'Medidas de proceso', balancing: 'Medidas de equilibrio' },
      measureKindMeaning: {
        outcome: '¿Se está cumpliendo la meta?',
        process: '¿Los cambios están ocurriendo como se planeó?',
        balancing: '¿Algo está empeorando por culpa de los cambios?',
      },
      definition: 'Qué se cuenta',
      unit: 'Unidad',
      better: { higher: 'Más alto es mejor', lower: 'Más bajo es mejor' },
      clustersHeading: 'Grupos de investigación y acción sobre esta meta',
    },
    changeIdea: {
      evidenceHeading: 'La evidencia que la respalda',
      noEvidence: 'Todavía no hay un hallazgo publicado vinculado a esta idea de cambio: se apoya en las propias pruebas de la red.',
      partOf: 'Forma parte de',
      statusHeading: 'En qué punto está en cada sitio',
      statusCaption: 'Estado de esta idea de cambio en cada sitio, según el último ciclo allí',
      site: 'Sitio',
      cycles: 'Ciclos',
      rampHeading: 'Los ciclos, sitio por sitio',
      rampIntro: 'Los ciclos de cada sitio en el orden en que se hicieron. Cada uno se apoya en el anterior: la predicción se escribió antes de empezar el ciclo, y el resultado cuenta lo que pasó.',
      noCycles: 'Todavía no se ha publicado ningún ciclo de esta idea de cambio.',
      running: 'En curso',
    },
    cycle: {
      changeIdea: 'Idea de cambio',
      site: 'Sitio',
      dates: 'Cuándo',
      running: 'en curso',
      measures: 'Medidas observadas',
      people: 'Quiénes lo hicieron',
      question: 'La pregunta',
      prediction: 'Lo que el equipo predijo',
      result: 'Lo que pasó',
      decision: 'La decisión',
      noResultYet: 'El ciclo sigue en curso: el resultado llegará cuando termine.',
      ramp: 'Ciclos en este sitio',
      previous: 'Ciclo anterior',
      next: 'Ciclo siguiente',
      buildsOn: 'Se apoya en',
      measuresHeading: 'Lo que muestran ahora sus medidas',
      atSite: (site: string) => `en ${site}`,
    },
    cluster: {
      aim: 'Meta',
      driver: 'Impulsor primario',
      members: 'Alianzas miembro',
      chairs: 'Coordinación',
      cyclesHeading: 'Ciclos que sus miembros hicieron sobre este impulsor',
      cyclesIntro: 'Todos los ciclos que las alianzas miembro hicieron con una idea de cambio de este impulsor, del más reciente al más antiguo.',
      noCycles: 'Todavía no se ha publicado ningún ciclo sobre este impulsor.',
    },
    measure: {
      kind: 'Tipo',
      kinds: { outcome: 'Medida de resultado', process: 'Medida de proceso', balancing: 'Medida de equilibrio' },
      unit: 'Unidad',
      direction: 'Dirección',
      chartLabel: 'Gráfico',
      aims: 'Forma parte de la meta',
      readingHeading: 'Lo que dicen los datos',
      sitesHeading: 'Escuela por escuela',
      sitesIntro: 'Un gráfico para cada escuela, todos en la misma escala, para compararlas de un vistazo.',
      definitionHeading: 'Qué se cuenta',
      method: {
        run: (baseline: string) =>
          `Un gráfico de rachas: la línea central es la mediana de ${baseline}. Una racha larga de puntos a un lado de ella, o muy pocos cruces, es señal de un cambio real.`,
        xmr: (baseline: string) =>
          `Un gráfico de control (XmR): la línea central es el promedio de ${baseline}, y el rango habitual se calcula a partir de cuánto se mueve cada valor respecto del anterior. Un punto fuera del rango, o una racha larga a un lado, es señal de un cambio real.`,
      },
      baseline: (points: number | undefined, phased: boolean) =>
        points === undefined
          ? phased
            ? 'todos los valores de cada fase'
            : 'todos los valores'
          : `los primeros ${points} valores${phased ? ' de cada fase' : ''}`,
      legendLabel: 'Qué muestra el gráfico',
      legend: {
        value: 'Los valores, por fecha',
        centre: { run: 'Mediana: la línea central', xmr: 'Promedio: la línea central' },
        limits: 'Bordes del rango habitual (límites del proceso)',
        near: 'Cerca del borde del rango habitual (líneas de dos sigmas)',
        target: 'Objetivo',
        phase: 'Una fase nueva: el trabajo cambió aquí y las líneas empiezan de nuevo',
        cycle: 'Aquí empieza un ciclo PDSA (cada marca lleva a su ciclo)',
        withheld: 'Un valor retenido porque se contó a menos de 10 personas',
      },
      tone: { improvement: 'mejor', concern: 'peor', mixed: 'mejor y peor' },
      marker: (rule: string, tone: string) => `${rule}, ${tone}`,
      newPhase: 'Fase nueva',
      targetLabel: (value: string) => `Objetivo ${value}`,
      cycleMark: (title: string, date: string) => `Ciclo PDSA: ${title}, empezó el ${date}`,
      cyclesHeading: 'Ciclos PDSA que observaron esta medida',
      cyclesIntro: 'Cada uno está marcado en el gráfico donde empezó.',
      noCycles: 'Todavía no se ha publicado ningún ciclo PDSA que observe esta medida.',
      started: (date: string) => `empezó el ${date}`,
      tableHeading: 'Los datos',
      tableSummary: (name: string, rows: number) => `La tabla de datos: ${name} (${rows} ${rows === 1 ? 'fila' : 'filas'})`,
      tableCaption: (title: string) => `${title}: cada valor, con las señales de las que forma parte`,
      columns: { date: 'Fecha', value: 'Valor', n: 'Personas contadas', signals: 'Señales' },
      noSignal: 'ninguna',
      phaseRow: (date: string, label: string | null) => (label ? `Desde el ${date}: ${label}` : `Desde el ${date}: una fase nueva`),
      downloadsHeading: 'Usar los datos',
      downloadCsv: 'Descargar los datos (CSV)',
      downloadJson: 'Descargar el análisis (JSON)',
      downloadsNote: 'Los valores de menos de 10 personas se retienen: los archivos los dejan vacíos, y también sus recuentos.',
      howToRead: 'Cómo leer los gráficos de rachas y de control',
      seeChart: 'Ver el gráfico y los datos',
    },
    network: {
      label: 'Cómo trabajan juntos los socios',
      more: 'Los dos tipos de red',
      sharing:
        'Es una red para compartir. Sus miembros se cuentan lo que aprenden, y cada escuela o distrito decide por su cuenta qué hacer con eso.',
      execution:
        'Es una red de acción conjunta. Sus miembros trabajan por una sola meta común: miden el avance de la misma manera, prueban cambios en pruebas pequeñas y planificadas, y aprenden de los resultados de los demás.',
    },
  },
  improvementPage: {
    title: 'Cómo mostramos el trabajo de mejora',
    description:
      'Algunas alianzas no solo estudian un problema: las escuelas trabajan juntas para resolverlo y publican cómo lo hacen. Aquí le contamos cómo leer sus metas, sus diagramas de impulsores, sus pruebas y el estado de cada cambio.',
    contents: 'En esta página',
    sections: [
      {
        id: 'networks',
        heading: 'Escuelas que mejoran juntas',
        paragraphs: [
          'En una red de mejora, varias escuelas o distritos eligen un problema, se ponen de acuerdo en cómo se vería “mejor” y prueban cambios paso a paso. Cada escuela prueba un cambio, mira lo que pasó y se lo cuenta a las demás. Un cambio que funciona en una escuela se prueba en la siguiente, y se ajusta para que encaje allí.',
          'Llamamos red de acción conjunta a una alianza cuyos miembros trabajan por una sola meta común, con las mismas medidas y pruebas coordinadas. Una red para compartir es más suelta: sus miembros se cuentan lo que aprenden, y cada uno actúa por su cuenta. La página de cada alianza dice de qué tipo es.',
        ],
      },
      {
        id: 'aims',
        heading: 'La meta y sus medidas',
        paragraphs: [
          'Una meta dice cuánto debe mejorar algo, para quién y para cuándo; por ejemplo, “85 de cada 100 estudiantes de noveno grado en camino a graduarse para junio de 2028”. Su objetivo es un número en una medida.',
          'Las medidas de resultado muestran si se está cumpliendo la meta. Las medidas de proceso muestran si los cambios de verdad están ocurriendo. Las medidas de equilibrio vigilan que no haya daños en otra parte: un cambio que ayuda en una cosa puede empeorar otra.',
        ],
      },
      {
        id: 'charts',
        heading: 'Cómo leer el gráfico de una medida: ¿cambio real o azar?',
        paragraphs: [
          'Toda medida sube y baja de un mes a otro, aunque nada cambie. Cada gráfico responde una pregunta: ¿es un cambio real, o las subidas y bajadas de siempre? Usa las reglas que usan los equipos de mejora y da la respuesta en palabras sencillas, encima del gráfico.',
          'Un gráfico de rachas dibuja los valores por fecha alrededor de una línea central: la mediana de los primeros valores, que llamamos la base. Si muchos valores seguidos quedan a un lado de esa línea, o la línea se cruza muchas menos veces de lo que daría el azar, algo ha cambiado. Cuántos son “muchos” depende de cuántos valores haya (las reglas de Anhøj), y el gráfico necesita al menos 10 valores fuera de la línea central para poder decirlo.',
          'Un gráfico de control (XmR) dibuja además los bordes del rango habitual, calculados a partir de cuánto se mueve cada valor respecto del anterior. Un valor fuera de un borde, dos de tres valores cerca de un borde, siete o más seguidos a un lado del promedio, o siete o más subiendo o bajando seguidos son señal de un cambio real (las reglas del programa “Making Data Count” del NHS). Cada valor que da una señal se dibuja más grande y con otra forma: azul cuando es un cambio a mejor, naranja cuando es un cambio a peor.',
          'Donde cambió el trabajo, un gráfico puede empezar una fase nueva: sus líneas se calculan de nuevo con los valores posteriores al cambio, y la página dice cómo se movió el nivel habitual. Las marcas de arriba muestran cuándo empezó cada ciclo PDSA que observó la medida, y cada una lleva a su ciclo.',
          'Con un objetivo, un gráfico de control dice además si, tal como van las cosas, se cumplirá siempre, nunca o solo algunas veces.',
          'Un valor que viene de menos de 10 personas nunca se publica: el gráfico deja un hueco, con un pequeño círculo sobre el eje, y la tabla y los archivos de datos dicen que está retenido. Cuenta como un valor que falta.',
        ],
      },
      {
        id: 'drivers',
        heading: 'Cómo leer un diagrama de impulsores',
        paragraphs: [
          'Un diagrama de impulsores es la teoría de la red sobre cómo alcanzar su meta, y se lee de izquierda a derecha. Junto a la meta hay unos pocos impulsores primarios: las cosas grandes que tienen que cambiar. Cada uno tiene impulsores secundarios: los lugares del trabajo diario donde ese cambio puede ocurrir. Junto a ellos están las ideas de cambio que las escuelas están probando.',
          'El diagrama es una hipótesis, no una prueba. Cambia a medida que las pruebas muestran qué ideas ayudan.',
        ],
      },
      {
        id: 'pdsa',
        heading: 'Pruebas pequeñas: planificar, hacer, estudiar, actuar',
        paragraphs: [
          'Cada prueba de un cambio es un ciclo PDSA (por sus siglas en inglés: planificar, hacer, estudiar, actuar). Planificar: el equipo escribe una pregunta, lo que va a hacer y lo que predice que pasará. Hacer: prueba el cambio, a menudo con unos pocos estudiantes o una sola clase durante algunas semanas. Estudiar: compara lo que pasó con la predicción. Actuar: decide adoptar el cambio, ajustarlo y volver a probarlo, o descartarlo.',
          'Escribir la predicción primero es importante: así el equipo se da cuenta cuando se equivocó, que es a menudo cuando más aprende. La página de cada ciclo muestra la predicción junto al resultado.',
          'En cada escuela, los ciclos sobre un mismo cambio se apoyan unos en otros, desde un primer intento pequeño hasta el uso diario. Los mostramos en orden, sitio por sitio.',
        ],
      },
      {
        id: 'status',
        heading: 'Qué quiere decir el estado de una idea de cambio',
        paragraphs: [
          'Nadie escribe el estado a mano. En cada escuela sale del último ciclo que se hizo allí: mientras ese ciclo sigue en curso, el cambio está “en prueba”; cuando termina, el estado es lo que decidió el equipo.',
          'Adoptada: la escuela la sigue haciendo como parte de la rutina. En ajuste: la escuela la cambió y la va a volver a probar. Descartada: la escuela la dejó porque allí no funcionó. En prueba: todavía hay un ciclo en curso.',
          'El estado dice lo que decidió una escuela a partir de sus propias pruebas. No es lo mismo que un nivel de evidencia, que califica un estudio sobre si un programa funciona. La página de cada idea de cambio muestra las dos cosas: los hallazgos que la respaldan, con su nivel, y el estado en cada escuela.',
        ],
      },
      {
        id: 'clusters',
        heading: 'Grupos de investigación y acción',
        paragraphs: [
          'En una red grande, los miembros pueden repartirse el trabajo. Un grupo de investigación y acción se ocupa de un impulsor primario de la meta: sus miembros prueban las ideas de cambio de ese impulsor, con una o más personas que lo coordinan, y llevan lo que aprenden a toda la red.',
        ],
      },
    ],
    browse: 'Explorar el trabajo de mejora',
  },
  footer: {
    fictional: 'Todos los distritos, personas y estudios de este sitio son contenido ficticio de demostración.',
    about: 'Un portal de evidencia para alianzas entre investigación y práctica.',
    guide: '¿Publica aquí? Lea la guía para investigadores (en inglés)',
    feed: 'Canal RSS',
    openData: 'Datos abiertos (JSON)',
  },
  empty: 'Todavía no hay nada aquí.',
  evidenceWords,
  measureWords,
};
export default es;
