/** The words of measure charts in Spanish (see words.ts). */
import type { Cadence } from './cadence.ts';
import type { MeasureWords } from './words.ts';

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

export const MEASURE_WORDS_ES: MeasureWords = {
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
    const change = label ? `Desde ${since} (${label})` : `Desde ${since}`;
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

