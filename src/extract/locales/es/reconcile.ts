/**
 * Spanish cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";
/** Words that make a count one per direction of a two-way road ("two in each direction"): extraction's perDirection and the start of this locale's `direction`. */
export const PER_DIRECTION = "en\\s+cada\\s+(?:direcci[óo]n|sentido)|por\\s+(?:direcci[óo]n|sentido)";
/** Words that set a figure against another ("en comparación con", "en lugar de", "a más tardar"). */
const CONTRAST =
  "frente a|en comparación con|comparado con|en lugar de|en vez de|mientras que|por debajo de|por encima de|superior a|inferior a|más alto que|más bajo que|contradic\\p{L}*|desmint\\p{L}*|desmient\\p{L}*|negó|no antes de|a más tardar";

/** A verb whose subject holds the figure after it ("has", "employs", "received"), in holder.before. */
const HOLDER_HAS = "(?:tiene|tenía|emplea|empleaba|posee|poseía|obtuvo|logró|consiguió|recibió|registró|facturó|ganó|suma|sumó|cuenta\\s+con|contaba\\s+con)";
/** A verb whose subject serves the people or places counted after it ("provides … to 19 million customers"), in holder.before. */
const HOLDER_SERVE = "(?:sirve|servía|provee|proveía|suministra|suministraba|abastece|abastecía|vende|vendía|entrega|entregaba|presta\\s+servicio|prestaba\\s+servicio)";

export const es = {
  // "inicialmente 3.000", "en un principio", "la estimación anterior"
  earlier: new RegExp(`${B}(?:previamente|anteriormente|anterior(?:es)?|en comparación con)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:anteriormente)${E}`, "iu"),
  // the report's own figure replaced it: "inicialmente 15", "en un principio", "estaba previsto"
  replaced: {
    before: new RegExp(`${B}(?:debía(?:n)?|iba(?:n)? a|estaba(?:n)? previst[oa]s?|había(?:n)? sido previst[oa]s?|tenía(?:n)? previsto|inicialmente|originalmente|en un principio|al principio)${E}`, "iu"),
    after: new RegExp(`${B}(?:inicialmente|originalmente|previstos? inicialmente|iniciales?)${E}`, "iu"),
  },
  running: new RegExp(`${B}(?:hasta ahora|hasta el momento|hasta la fecha|en lo que va|en total|acumulad\\p{L}*)${E}`, "iu"),
  // "reabrió el 2 de noviembre", "firmado en 2024", "han esperado diez días": what happened then, or so long (past forms; not "previsto", "estimado")
  eventVerb: /^(?!(?:pasado|pasada|pasados|pasadas|estado|estados|sido|previsto|prevista|previstos|esperado|esperada|estimado|estimada|programado|programada|lado|dado|dados|todo|toda|cuidado|mercado|mercados|grado|grados|partido|partidos|sentido|contenido|resultado|resultados|apartado|tratado|senado|soldado|soldados|medida|medidas|vida|salida|unidos|unidas|llamado|llamada|situado|situada|ubicado|ubicada|basado|basada|diputado|diputados|abogado|empleado|empleados|privado|privada|encargado|encargada)$)(?:\p{L}{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ió|ó)|abierto|abierta|reabierto|hecho|hecha|muerto|muerta|muertos|puesto|roto|rota)$/u,
  // what a figure measures, by the start of a word (endings and particles vary)
  cues: [
    [/^(?:longitud|largo|larga|mide|extensión)/u, "#length"],
    // a radius around a point ("within a 5 km radius"): a distance from it, never a length
    [/^(?:radio)$/u, "#distance"],
    [/^(?:ancho|anchura)/u, "#width"],
    [/^(?:altura|alto|alta)/u, "#height"],
    [/^(?:profundidad)/u, "#depth"],
    [/^(?:superficie)/u, "#area"],
    [/^(?:cost|precio|presupuesto|inversión|valor)/u, "#cost"],
    [/^(?:capacidad)/u, "#capacity"],
    [/^(?:muert|fallec|víctima|murieron|murió)/u, "#casualty"],
    [/^(?:herid|lesionad)/u, "#injured"],
    [/^(?:desaparecid)/u, "#missing"],
    [/^(?:evacuad|desplazad|damnificad)/u, "#displaced"],
    [/^(?:inaugur|abrió|apertura|complet|termin)/u, "#complete"],
    [/^(?:comenz|inici|empez)/u, "#start"],
    [/^(?:firm|acuerdo|tratado)/u, "#agree"],
  ] as Array<[RegExp, string]>,
  // a figure's own clause only: a level of water (a river's, a flood's, a tide's) rises and falls, unlike a size (verdict.ts)
  clauseCues: [
    [/^(?:nivel)/u, "#level"],
  ] as Array<[RegExp, string]>,
  // "hospitalizados": in hospital
  status: /hospitalizad/iu,
  // "todavía esperando", "aún sin luz", "en albergues": a level
  level: new RegExp(`${B}(?:promedio|de media|en promedio|colas?|filas?|atasco\\p{L}*|todavía|aún|permanece[n]?|restantes?|actualmente|en espera|esperando|fondead\\p{L}*|sin(?! embargo)|albergues?|ERTE)${E}`, "iu"),
  progress: /contenid|controlad|bajo control|completad|terminad|construid|restablecid|reparad|escrutad|vacunad/iu,
  // words that make the figure replace an earlier one ("revised", "final figures": verdict.ts Judged.revises)
  // a word of its own: "imprevisado" holds the letters of "revisad"
  // (and a speaker's own figure it moved: "el sindicato rebajó su reivindicación al 5,5 %")
  revision: /(?<!\p{L})(?:(?:rebaj|baj|elev|sub|reduc|redu|aument)(?:ado|ada|ó|ido|jo)\s+(?:su|sus)\s+(?:\p{L}+\s+){1,3}?al?(?!\p{L})|revisad|revisó|corregid|corrigió|rectific|registros duplicados|duplicados eliminad)|cifras? definitivas?|resultados? definitivos?|balance definitivo|cifras? actualizadas?|balance actualizado/iu,
  // "cifras preliminares", "un balance provisional", "la estimación inicial", "por ahora"
  provisional: new RegExp(`${B}(?:preliminar(?:es)?|provisional(?:es)?|estimaci(?:ón|ones) inicial(?:es)?|primeras estimaciones|resultados parciales|por ahora|de momento|por el momento)${E}`, "iu"),
  // "muertos y heridos": one count of both tolls
  join: { toll: /^(?:y|o|e)$/u },
  // counted nouns → one English noun
  counted: [
    [/^(?:camion|camión)/u, "truck"],
    [/^(?:coche|auto)/u, "car"],
    [/^(?:vehículo)/u, "vehicle"],
    [/^(?:carril)/u, "lane"],
    // the whole word: "viajeros" (travellers) begins as "via" does
    [/^(?:vías?|vias?)$/u, "track"],
    [/^(?:vagon|vagón|cisterna)/u, "wagon"],
    [/^(?:tramo|vano)/u, "span"],
    [/^(?:ataque)/u, "attack"],
    [/^(?:explosi)/u, "explosion"],
    [/^(?:dron)/u, "drone"],
    [/^(?:persona|habitante|civil|vecino)/u, "person"],
    [/^(?:pasajer|viajer)/u, "passenger"],
    [/^(?:mujer)/u, "woman"],
    [/^(?:hombre)/u, "man"],
    [/^(?:niñ)/u, "child"],
    [/^(?:barco|barca|pesquero)/u, "boat"],
    [/^(?:buque)/u, "ship"],
  ] as Array<[RegExp, string]>,
  // "8.000 de ellos", "de los cuales 8.000": a part of the whole stated before
  part: { before: /\b(?:de los cuales|de las cuales|excepto|salvo|a excepción de|con excepción de|de (?:esos|estos|esas|estas))\s+(?:(?:unos|unas|cerca de|más de)\s+)?$/iu, after: /^\s*(?:de (?:ellos|ellas|los cuales|las cuales))\b/iu },
  // "el 30 % de la ciudad": the whole a share is taken of
  whole: { after: /^\s+(?:de|del)\s+(?:(?:la|las|el|los|su|sus|toda|todo|todas|todos)\s+)*/iu },
  // "antes de 2025", "hasta el 1 de julio", "para finales de 2023": the latest a thing is to happen by
  deadline: { before: /(?<![\p{L}])(?:antes\s+de(?:l)?|hasta|para|a\s+más\s+tardar)(?:\s+(?:el|la))?\s+$/iu },
  // "la peor cifra desde 2019", "la primera vez desde 2020": la base de una comparación
  baseline: { before: new RegExp(`${B}(?:(?:más|menos)(?!\\s+de)|(?:el|la|los|las|lo)\\s+(?:mayor|menor|mejor)|peor(?:es)?|récord|primera\\s+vez)${E}[^,;:.!?()]{0,60}${B}desde\\s+(?:(?:el|la|los|las)\\s+)?$`, "iu") },
  window: { before: new RegExp(`${B}(?:en (?:el plazo|el lapso|el espacio) de|en menos de)\\s+$`, "iu") },
  // "en los últimos siete días", "media de siete días": una ventana móvil
  rolling: {
    before: new RegExp(`(?:${B}(?:los|las)\\s+(?:(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|catorce|treinta)\\s+)?últim(?:os|as)\\s+(?:(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|catorce|treinta|veinticuatro)\\s+)?(?:días|semanas|horas|meses)|${B}(?:media|promedio)\\s+(?:móvil\\s+)?de\\s+(?:\\d+|siete|catorce)\\s+días|${B}(?:media|promedio)\\s+móvil)${E}[^\\d;.!?]{0,40}$`, "iu"),
    after: new RegExp(`^[^\\d;.!?]{0,30}?(?:${B}(?:los|las)\\s+(?:(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|catorce|treinta)\\s+)?últim(?:os|as)\\s+(?:(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|catorce|treinta|veinticuatro)\\s+)?(?:días|semanas|horas|meses)|${B}(?:media|promedio)\\s+(?:móvil\\s+)?de\\s+(?:\\d+|siete|catorce)\\s+días|${B}(?:media|promedio)\\s+móvil)${E}`, "iu"),
  },
  // "al no obtener ningún candidato más del [50 %]": una cota negada
  negatedBound: new RegExp(`${B}(?:ningún|ninguna|ninguno|nadie)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:más\\s+del?|al\\s+menos|por\\s+encima\\s+del?)\\s+(?:la\\s+)?$`, "iu"),
  // "el bloqueo dura ya [12 días]", "lleva [12 días]": la edad de un suceso aún en curso
  ongoing: { before: new RegExp(`${B}(?:dura|duran|se\\s+prolonga)\\s+(?:ya\\s+)(?:más\\s+de\\s+|casi\\s+|unos\\s+)?$|${B}(?:dura|duran)\\s+desde\\s+hace\\s+(?:más\\s+de\\s+|casi\\s+|unos\\s+)?$|${B}lleva(?:n)?\\s+(?:ya\\s+)?(?:más\\s+de\\s+|casi\\s+)?$`, "iu") },
  // "nuestros apoderados estuvieron presentes en [5.870] mesas", "visitaron [1.150]": los lugares cubiertos
  coverage: new RegExp(`${B}(?:presentes\\s+en|visitaron|observaron|cubrieron)\\s+(?:unos\\s+|unas\\s+|casi\\s+|más\\s+de\\s+|solo\\s+)?$`, "iu"),
  // "un sondeo a pie de urna", "según la encuesta"
  poll: new RegExp(`${B}(?:sondeos?|encuestas?|boca\\s+de\\s+urna|pie\\s+de\\s+urna)${E}[^;]*$`, "iu"),
  // "faltan [dos semanas] para la segunda vuelta", "[tres semanas] más de campaña": lo que queda
  countdown: { before: new RegExp(`${B}(?:faltan|falta|quedan|queda|otr[oa]s)\\s+$`, "iu"), after: new RegExp(`^\\s+(?:más|restantes)${E}`, "iu") },
  // "40 votos contados dos veces", "registrados por duplicado", "40 duplicados": lo que se resta de un recuento
  duplicate: { after: new RegExp(`^(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:(?:han|habían|había|fueron|sido|estaban|están|habrían)\\s+)*(?:(?:contad[oa]s?|registrad[oa]s?|computad[oa]s?|notificad[oa]s?|inscrit[oa]s?)\\s+(?:dos\\s+veces|por\\s+duplicado|doblemente)|duplicad[oa]s?|por\\s+duplicado)${E}`, "iu") },
  // a count per direction (extraction's perDirection: the same words) or of one direction only
  direction: new RegExp(`${B}(?:${PER_DIRECTION}|en\\s+un\\s+solo\\s+sentido)${E}`, "iu"),
  // "por debajo de los 14.000 millones citados", "en lugar de", "no antes de 2031": a figure set against another

  contrast: { near: new RegExp(`${B}(?:${CONTRAST})${E}`, "iu"), before: new RegExp(`${B}(?:${CONTRAST})\\s+$`, "iu") },
  // "revisado", "hasta ahora", "el balance ascendió": a figure that moves
  moving: new RegExp(`${B}(?:revisad[oa]s?|actualizad[oa]s?|hasta ahora|hasta el momento|ascendió|asciende|aumentó|subió|se elevó|cifra de muertos|balance)${E}`, "iu"),
  // "en promedio", "en todo el país", "a nivel nacional": a whole area, not one place of it
  // "una localidad de 9.200 habitantes", "una ciudad de unos 60.000": a place's people
  population: new RegExp(`${B}(?:ciudad|localidad|pueblo|municipio|aldea|villa|isla|país|provincia|urbe)\\s+de\\s+(?:(?:unos|unas|cerca de|casi|más de|menos de|alrededor de|aproximadamente)\\s+)?$`, "iu"),
  area: new RegExp(`${B}(?:promedio|en todo el país|a nivel nacional|en toda la (?:región|provincia)|en el conjunto del país)${E}`, "iu"),
  // "entra en vigor", "entró en vigor": a law's or a pact's entry into force
  inForce: { noun: /^(?:vigor)$/u, before: /^(?:en)$/u },
  // "a 40 km al norte de Jersón": a compass word before "de" makes a distance
  compass: { word: /^(?:norte|sur|este|oeste|noreste|noroeste|nordeste|sureste|suroeste|sudeste|sudoeste)$/u, of: /^(?:de|del)$/u },
  // whose a figure is (src/reconcile/holder.ts), names only: "la facturación de Orrin fue de", "Orrin emplea a 14.200", "41 % para Varanen"
  holder: {
    before: [
      /(?<![\p{L}])(?:de|del)\s*((?!(?:El|La|Los|Las|Lo|Un|Una|Unos|Unas|De|Del|En|Según|Pero|Y|Con|Por|Para|Desde|Este|Esta|Estos|Estas|Ese|Esa|Tras|Al)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)\s+(?:(?:es|era|fue|fueron|son|eran|ascendió|asciende|alcanzó|alcanza|llegó|llega|de)\s+)?(?:(?:a|de|en)\s*)?(?:(?:unos|unas|cerca\s+de|casi|más\s+de|menos\s+de|alrededor\s+de|aproximadamente|apenas|solo)\s+)?$/u,
      new RegExp(String.raw`(?<![\p{L}'’])((?!(?:El|La|Los|Las|Lo|Un|Una|Unos|Unas|De|Del|En|Según|Pero|Y|Con|Por|Para|Desde|Este|Esta|Estos|Estas|Ese|Esa|Tras|Al)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?(?:\s+(?:${HOLDER_HAS}|${HOLDER_SERVE})\s+[^.;:!?]{1,60}?\s+(?:y|e))?\s+${HOLDER_HAS}\s+(?:[\p{L}\p{M}'’-]+\s+){0,3}(?:(?:a|de|en)\s*)?(?:(?:unos|unas|cerca\s+de|casi|más\s+de|menos\s+de|alrededor\s+de|aproximadamente|apenas|solo)\s+)?$`, "u"),
      new RegExp(String.raw`(?<![\p{L}'’])((?!(?:El|La|Los|Las|Lo|Un|Una|Unos|Unas|De|Del|En|Según|Pero|Y|Con|Por|Para|Desde|Este|Esta|Estos|Estas|Ese|Esa|Tras|Al)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?\s+${HOLDER_SERVE}\s+(?:[^.;:!?]{1,60}?\s+)?(?:a|al)\s+(?:(?:unos|unas|cerca\s+de|casi|más\s+de|menos\s+de|alrededor\s+de|aproximadamente|apenas|solo)\s+)?$`, "u"),
    ],
    after: [/^\s+para\s+((?!(?:El|La|Los|Las|Lo|Un|Una|Unos|Unas|De|Del|En|Según|Pero|Y|Con|Por|Para|Desde|Este|Esta|Estos|Estas|Ese|Esa|Tras|Al)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?![\p{L}\p{M}-])/u],
    // "Su facturación en 2027 fue de": a sentence that leaves its holder to the one before it
    carried: /^\s*(?:Su|Sus)\s+(\p{Ll}+)\s+(?:(?:en|de)\s+\d{4}\s+)?(?:fue|es|era|ascendió|asciende|alcanzó|alcanza|sumó|suma)\s+(?:(?:a|de|en)\s*)?(?:(?:unos|unas|cerca\s+de|casi|más\s+de|menos\s+de|alrededor\s+de|aproximadamente|apenas|solo)\s+)?$/u,
    quiet: /^(?:el|la|los|las|lo|un|una|unos|unas|de|del|en|según|pero|y|con|por|para|desde|este|esta|al|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/u,
  },
  // "con el objetivo de vacunar a 380.000 personas", "capaz de procesar 210.000 barriles": a goal (an amount asked for too: "pide a los vecinos que no gasten más de 50 litros"), a capacity (judge.ts roleOf), neither an amount reached
  role: {
    aim: { before: new RegExp(`${B}(?:(?:objetivos?|metas?|cuotas?|límites?|topes?|ración|raciones)${E}|(?:pretende|pretenden|aspira|aspiran|planea|planean|busca|buscan|pide|piden|pidió|pidieron|solicita|solicitan|solicitó|solicitaron|reclama|reclaman|reclamó)\\s|(?:llamamiento|petición|solicitud)\\s+(?:de\\s+fondos\\s+)?(?:de|por|para)\\s)(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu") },
    capacity: { before: new RegExp(`${B}(?:capacidad(?:es)?|(?:plazas|literas|camas)\\s+para|almacenamiento|(?:capaz|capaces)\\s+de|(?:puede|pueden|podría|podrían)\\s+(?:\\p{L}+\\s+)?(?:almacenar|albergar|procesar|producir|generar|transportar|tratar|suministrar|acoger))${E}(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu") },
  },
  // "20.000 euros por víctima mortal", "600 euros por hectárea": an amount for each one, set apart from totals (the English `perUnit`)
  perUnit: /^\s*(?:\p{L}+\s+)?(?:por|para\s+cada|a\s+cada)\s+(?:cabeza|habitante|hogar|familia|persona|víctima|fallecido|muerto|hectárea|tonelada|barril|acción|alumno|paciente|trabajador|empleado)(?![\p{L}])/iu,
  // "cada vecino puede usar 50 litros", "una ración de 25 litros": an amount for each one, said before it (the English `perUnitBefore`)
  perUnitBefore: new RegExp(`(?:${B}(?:cada|por)\\s+(?:vecino|habitante|persona|residente|hogar|familia|cabeza)${E}[^,;:.!?()"“”«»„\\n]{0,40}|${B}racion(?:es)?\\s+(?:diarias?\\s+)?de\\s+(?:\\p{L}+\\s+)?|${B}ración\\s+(?:diaria\\s+)?de\\s+(?:\\p{L}+\\s+)?)$`, "iu"),
  // who a figure is credited to: src/extract/credits.ts finds it ("según la policía", "de acuerdo con el
  // ministerio", "la empresa informó", "…, indicó el alcalde"), src/reconcile/origins.ts keys it
  credit: {
    generic: new Set("el la los las lo un una unos unas de del y agencia diario periódico medio medios oficial oficiales informe informes comunicado balance recuento última último oficial cifras cifra datos estimación estimaciones su sus".split(" ")),
    vague: /^(fuentes?|informes?|comunicado|expertos?|analistas?|responsables?|medios|oficiales|él|ella|ellos|ellas)$/i,
    article: /^(?:el|la|los|las|una?|unos|unas)\s+/i,
    reader: {
      before: /según|de acuerdo con|conforme a|citando a|citad[oa]s? por/,
      agent: /(?:informad|reportad|comunicad|estimad|calculad|anunciad|publicad)[oa]s? por/,
      said: /^(?:dijo|dijeron|informó|informaron|indicó|indicaron|señaló|señalaron|afirmó|afirmaron|aseguró|aseguraron|explicó|explicaron|precisó|precisaron|declaró|declararon|anunció|anunciaron|estimó|estimaron|calculó|calcularon|cifró|cifraron|confirmó|confirmaron|reportó|reportaron|agregó|añadió|detalló|contabilizó|contabilizaron|dice|dicen|informa|informan|indica|indican|señala|señalan|afirma|afirman|estima|estiman|calcula|calculan|cifra|cifran|asegura|explica|precisa)$/u,
      aux: /^(?:ha|han|había|habían|también|ya|luego|además)$/u,
      relative: /^(?:que|quien|quienes)$/u,
      article: /^(?:el|la|los|las|un|una|unos|unas)$/u,
      link: /^(?:de|del)$/u,
      noun: /^(?:policía|gobierno|ministerio|ministro|ministra|alcalde|alcaldesa|bomberos|empresa|minera|sindicato|autoridades|portavoz|fiscalía|ejército|agencia|compañía|presidente|presidenta|director|directora|gobernador|gobernadora)$/u,
      not: /^(?:él|ella|ellos|ellas|nosotros|nuestras?|nuestros?|usted|que|quien|quienes|cual|esto|eso|aquello|estos|esos|aquel|sin|ante|tras|sobre|hasta|hoy|ayer|mañana|así|también|además|o|u|e|a)$/u,
      inciseOnly: true,
    },
  },
};
