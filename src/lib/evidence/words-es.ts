/**
 * The evidence explanations in Spanish (see words.ts): plain words for families, "nivel" for
 * tier as on the rest of the Spanish site, and usted as in its interface.
 */
import type { EvidenceWords } from './words.ts';

const NOUNS = {
  students: ['estudiante', 'estudiantes'],
  schools: ['escuela', 'escuelas'],
  sites: ['sitio', 'sitios'],
  districts: ['distrito', 'distritos'],
} as const;

const tierName = (tier: number) => `el nivel ${tier}`;
const months = (n: number) => `${n} ${n === 1 ? 'mes' : 'meses'}`;

export const EVIDENCE_WORDS_ES: EvidenceWords = {
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
