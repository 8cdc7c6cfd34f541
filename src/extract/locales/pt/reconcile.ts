/**
 * Portuguese cue words for reconciliation (see src/reconcile/locale.ts): general news vocabulary.
 * @module
 */
const B = "(?<![\\p{L}])", E = "(?![\\p{L}])";
/** Words that make a count one per direction of a two-way road ("two in each direction"): extraction's perDirection and the start of this locale's `direction`. */
export const PER_DIRECTION = "em\\s+cada\\s+(?:sentido|dire[çc][ãa]o)|por\\s+(?:sentido|dire[çc][ãa]o)";

/** A verb whose subject holds the figure after it ("has", "employs", "received"), in holder.before. */
const HOLDER_HAS = "(?:emprega|empregava|possui|possuía|obteve|recebeu|registrou|registou|detém|detinha|conta\\s+com|contava\\s+com|faturou|somou)";
/** A verb whose subject serves the people or places counted after it ("provides … to 19 million customers"), in holder.before. */
const HOLDER_SERVE = "(?:serve|servia|fornece|fornecia|abastece|abastecia|vende|vendia|entrega|entregava|atende|atendia)";

export const pt = {
  // "inicialmente 3.000", "anteriormente", "a estimativa anterior"
  earlier: new RegExp(`${B}(?:anteriormente|anterior(?:es)?|previamente|em comparação com)${E}`, "iu"),
  earlierAfter: new RegExp(`${B}(?:anteriormente|previamente)${E}`, "iu"),
  // the report's own figure replaced it: "inicialmente 15", "originalmente", "estava previsto"
  replaced: {
    before: new RegExp(`${B}(?:deveria(?:m)?|devia(?:m)?|estava(?:m)? previst[oa]s?|tinha(?:m)? sido previst[oa]s?|inicialmente|originalmente|a princípio|no início)${E}`, "iu"),
    after: new RegExp(`${B}(?:inicialmente|iniciais|inicial)${E}`, "iu"),
  },
  running: new RegExp(`${B}(?:até agora|até o momento|até hoje|até à data|no total|ao todo|acumulad\\p{L}*)${E}`, "iu"),
  // "reabriu em 2 de novembro", "assinado em 2024", "esperaram dez dias": what happened then, or so long (past forms; not "previsto", "estimado")
  eventVerb: /^(?!(?:passado|passada|passados|estado|estados|sido|previsto|prevista|esperado|esperada|estimado|estimada|programado|programada|lado|dado|dados|todo|toda|cuidado|mercado|grado|partido|partidos|sentido|resultado|resultados|tratado|senado|soldado|soldados|medida|medidas|vida|saída|unidos|unidas|chamado|chamada|situado|situada|localizado|localizada|baseado|baseada|deputado|deputados|advogado|empregado|empregados|privado|privada)$)(?:\p{L}{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ou|eu|iu|aram|eram|iram)|aberto|aberta|reaberto|feito|feita|morto|morta|mortos|posto)$/u,
  // what a figure measures, by the start of a word (endings and particles vary)
  cues: [
    [/^(?:comprimento|extensão)/u, "#length"],
    // a radius around a point ("within a 5 km radius"): a distance from it, never a length
    [/^(?:raio)$/u, "#distance"],
    [/^(?:largura)/u, "#width"],
    [/^(?:altura)/u, "#height"],
    [/^(?:profundidade)/u, "#depth"],
    [/^(?:área)/u, "#area"],
    [/^(?:cust|preço|orçamento|investiment|valor)/u, "#cost"],
    [/^(?:capacidade)/u, "#capacity"],
    [/^(?:mort|óbito|vítima|faleci)/u, "#casualty"],
    [/^(?:ferid)/u, "#injured"],
    [/^(?:desaparecid)/u, "#missing"],
    [/^(?:desalojad|desabrigad|evacuad|deslocad)/u, "#displaced"],
    [/^(?:inaugur|abert|conclu)/u, "#complete"],
    [/^(?:inici|começ)/u, "#start"],
    [/^(?:assin|acordo|tratado)/u, "#agree"],
  ] as Array<[RegExp, string]>,
  // a figure's own clause only: a level of water (a river's, a flood's, a tide's) rises and falls, unlike a size (verdict.ts)
  clauseCues: [
    [/^(?:nível|níveis|nivel)/u, "#level"],
  ] as Array<[RegExp, string]>,
  // "internados": in hospital
  status: /internad|hospitalizad/iu,
  // "ainda à espera", "permanecem sem luz", "em abrigos": a level
  level: new RegExp(`${B}(?:em média|a média|uma média|filas?|engarrafamento\\p{L}*|ainda|permanece[m]?|restantes?|atualmente|em espera|à espera|aguardando|sem|abrigos?|lay-off)${E}`, "iu"),
  progress: /contid|controlad|sob controle|concluíd|construíd|restabelecid|reparad|apurad|vacinad/iu,
  // words that make the figure replace an earlier one ("revised", "final figures": verdict.ts Judged.revises)
  // a word of its own: "previsto", "entrevista" hold the letters of "revist"; "revista" alone is a magazine
  // (and a speaker's own figure it moved: "o sindicato baixou a sua reivindicação para 5,5%")
  revision: /(?<!\p{L})(?:(?:baix|rebaix|elev|reduz|aument)(?:ou|ado|ada|iu|ido)\s+(?:(?:a|o|as|os)\s+)?(?:sua|seu|suas|seus)\s+(?:\p{L}+\s+){1,3}?para(?!\p{L})|revistos?(?!\p{L})|revisad|revisou|corrigid|corrigiu|retificad|registros duplicados|duplicidade)|números definitivos|resultados? definitivos?|balanço definitivo|números atualizados|balanço atualizado/iu,
  // "números preliminares", "um balanço provisório", "a estimativa inicial", "por enquanto"
  provisional: new RegExp(`${B}(?:preliminar(?:es)?|provisóri[oa]s?|estimativas? iniciais|estimativa inicial|primeiras estimativas|resultados parciais|por enquanto|por ora)${E}`, "iu"),
  // "mortos e feridos": one count of both tolls
  join: { toll: /^(?:e|ou)$/u },
  // counted nouns → one English noun (vehicles, people, passengers, rail wagons; see reconcile.ts `counted`)
  counted: [
    [/^(?:caminh)/u, "truck"],
    [/^(?:carro)/u, "car"],
    [/^(?:veículo)/u, "vehicle"],
    [/^(?:pessoa|habitante|civil|civis|morador)/u, "person"],
    [/^(?:passageir|viajante)/u, "passenger"],
    [/^(?:vagão|vagões|vagao|vagoes|cisterna)/u, "wagon"],
    [/^(?:mulher)/u, "woman"],
    [/^(?:homem|homens)/u, "man"],
    [/^(?:criança)/u, "child"],
    [/^(?:barco|pesqueiro)/u, "boat"],
    [/^(?:navio)/u, "ship"],
  ] as Array<[RegExp, string]>,
  // "dos quais 8.000", "8.000 deles": a part of the whole stated before
  // "uma cidade de 9.200 habitantes", "um país de cerca de 4 milhões": a place's people
  population: new RegExp(`${B}(?:cidade|localidade|vila|aldeia|município|ilha|país|província)\\s+de\\s+(?:(?:cerca de|quase|mais de|menos de|aproximadamente)\\s+)?$`, "iu"),
  // "no total", "ao todo", "incluindo os acessos": the whole; "a primeira fase", "o trecho", "sem": a part of it (the English `scope`)
  scope: {
    whole: new RegExp(`${B}(?:no total|ao todo|total\\p{L}*|incluindo|inclusive|inteir[oa])${E}`, "iu"),
    part: new RegExp(`${B}(?:dos quais|das quais|primeira\\s+(?:fase|etapa)|fase (?:1|i|um)|trecho|seção|secção|(?<!por\\s)parte|sem|excluindo|exceto)${E}`, "iu"),
    excluding: /^(?:sem|excluindo|exceto)$/iu,
    phase: /fase|etapa/iu,
    including: /^(?:incluindo|inclusive)$/iu,
  },
  part: { before: /(?<![\p{L}])(?:dos quais|das quais|exceto|à exceção de|com exceção de|desses|destes|dessas|destas)\s+(?:(?:cerca de|mais de)\s+)?$/iu, after: /^\s*(?:deles|delas|dos quais|das quais)\b/iu },
  // "30% da cidade": the whole a share is taken of
  whole: { after: /^\s+(?:de|da|do|das|dos)\s+(?:(?:a|o|as|os|sua|seu|suas|seus|toda|todo|todas|todos)\s+)*/iu },
  // "até 2025", "antes de 1 de julho": the latest a thing is to happen by
  deadline: { before: /(?<![\p{L}])(?:até|antes\s+d[eoa]|no\s+máximo\s+até)(?:\s+(?:o|a|ao))?\s+$/iu },
  // "a pior marca desde 2019", "a primeira vez desde 2020": a base de uma comparação
  baseline: { before: new RegExp(`${B}(?:(?:mais|menos)(?!\\s+d[eoa])|(?:o|a|os|as)\\s+(?:maior|menor|melhor)|pior(?:es)?|recorde|primeira\\s+vez)${E}[^,;:.!?()]{0,60}${B}desde\\s+(?:(?:o|a|os|as)\\s+)?$`, "iu") },
  window: { before: new RegExp(`${B}(?:no (?:prazo|espaço) de|em menos de)\\s+$`, "iu") },
  // "nos últimos sete dias", "média de sete dias": uma janela móvel
  rolling: {
    before: new RegExp(`(?:${B}(?:os|as|nos|nas)\\s+(?:(?:\\d+|dois|duas|três|quatro|cinco|seis|sete|oito|dez|catorze|trinta)\\s+)?últim(?:os|as)\\s+(?:(?:\\d+|dois|duas|três|quatro|cinco|seis|sete|oito|dez|catorze|trinta|vinte\\s+e\\s+quatro)\\s+)?(?:dias|semanas|horas|meses)|${B}média\\s+(?:móvel\\s+)?de\\s+(?:\\d+|sete|catorze)\\s+dias|${B}média\\s+móvel)${E}[^\\d;.!?]{0,40}$`, "iu"),
    after: new RegExp(`^[^\\d;.!?]{0,30}?(?:${B}(?:os|as|nos|nas)\\s+(?:(?:\\d+|dois|duas|três|quatro|cinco|seis|sete|oito|dez|catorze|trinta)\\s+)?últim(?:os|as)\\s+(?:(?:\\d+|dois|duas|três|quatro|cinco|seis|sete|oito|dez|catorze|trinta|vinte\\s+e\\s+quatro)\\s+)?(?:dias|semanas|horas|meses)|${B}média\\s+(?:móvel\\s+)?de\\s+(?:\\d+|sete|catorze)\\s+dias|${B}média\\s+móvel)${E}`, "iu"),
  },
  // "como nenhum candidato obteve mais de [50%]": um limite negado
  negatedBound: new RegExp(`${B}(?:nenhum\\p{L}*|ninguém)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:mais\\s+d[eoa]s?|pelo\\s+menos|acima\\s+d[eoa]s?)\\s+(?:metade\\s+)?$`, "iu"),
  // "o bloqueio já dura [12 dias]", "dura há": a idade de um acontecimento ainda em curso
  ongoing: { before: new RegExp(`${B}(?:já\\s+)?(?:dura|duram|se\\s+prolonga)\\s+(?:já\\s+|há\\s+)?(?:mais\\s+de\\s+|quase\\s+|cerca\\s+de\\s+)?$`, "iu") },
  // "os nossos delegados estiveram presentes em [5.870] assembleias", "visitaram [1.150]"
  coverage: new RegExp(`${B}(?:presentes\\s+em|visitaram|observaram|cobriram)\\s+(?:cerca\\s+de\\s+|quase\\s+|mais\\s+de\\s+|apenas\\s+)?$`, "iu"),
  // "uma sondagem à boca das urnas", "segundo a pesquisa"
  poll: new RegExp(`${B}(?:sondage[mn]s?|boca\\s+d[ae]s?\\s+urnas?|pesquisas?\\s+(?:de\\s+)?(?:opinião|boca))${E}[^;]*$`, "iu"),
  // "faltam [duas semanas] para a segunda volta", "mais [três semanas]": o que falta
  countdown: { before: new RegExp(`${B}(?:faltam|falta|restam|resta|mais)\\s+$`, "iu"), after: new RegExp(`^\\s+(?:a\\s+mais|restantes)${E}`, "iu") },
  // "40 votos contados duas vezes", "registados em duplicado", "40 duplicados": retirados de uma contagem
  duplicate: { after: new RegExp(`^(?:\\s+[\\p{L}-]+){0,3}?\\s+(?:(?:foram|tinham|haviam|sido|estavam|estão)\\s+)*(?:(?:contad[oa]s?|registad[oa]s?|registrad[oa]s?|computad[oa]s?|notificad[oa]s?)\\s+(?:duas\\s+vezes|em\\s+duplicado|em\\s+dobro)|duplicad[oa]s?|em\\s+duplicado)${E}`, "iu") },
  // a count per direction (extraction's perDirection: the same words)
  direction: new RegExp(`${B}(?:${PER_DIRECTION})${E}`, "iu"),
  // "a 40 km a norte de Kherson": a compass word before "de" makes a distance (not "este", "this")
  compass: { word: /^(?:norte|sul|leste|oeste|nordeste|noroeste|sudeste|sudoeste)$/u, of: /^(?:de|do|da|dos|das)$/u },
  // whose a figure is (src/reconcile/holder.ts), names only: "a receita da Orrin foi de", "a Orrin emprega 14.200", "41% para Varanen"
  holder: {
    before: [
      /(?<![\p{L}])(?:de|da|do|dos|das)\s*((?!(?:O|A|Os|As|Um|Uma|De|Do|Da|Em|No|Na|Segundo|Mas|E|Com|Por|Para|Desde|Este|Esta|Esse|Essa|Ao|Após)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)\s+(?:(?:é|era|foi|foram|são|eram|chegou|chega|atingiu|atinge|ascendeu|de)\s+)?(?:(?:a|de|em)\s*)?(?:(?:cerca\s+de|quase|mais\s+de|menos\s+de|aproximadamente|apenas|só)\s+)?$/u,
      new RegExp(String.raw`(?<![\p{L}'’])((?!(?:O|A|Os|As|Um|Uma|De|Do|Da|Em|No|Na|Segundo|Mas|E|Com|Por|Para|Desde|Este|Esta|Esse|Essa|Ao|Após)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?(?:\s+(?:${HOLDER_HAS}|${HOLDER_SERVE})\s+[^.;:!?]{1,60}?\s+(?:e))?\s+${HOLDER_HAS}\s+(?:[\p{L}\p{M}'’-]+\s+){0,3}(?:(?:a|de|em)\s*)?(?:(?:cerca\s+de|quase|mais\s+de|menos\s+de|aproximadamente|apenas|só)\s+)?$`, "u"),
      new RegExp(String.raw`(?<![\p{L}'’])((?!(?:O|A|Os|As|Um|Uma|De|Do|Da|Em|No|Na|Segundo|Mas|E|Com|Por|Para|Desde|Este|Esta|Esse|Essa|Ao|Após)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?:,[^.;:!?]{1,60}?,)?\s+${HOLDER_SERVE}\s+(?:[^.;:!?]{1,60}?\s+)?(?:a|aos|às|ao)\s+(?:(?:cerca\s+de|quase|mais\s+de|menos\s+de|aproximadamente|apenas|só)\s+)?$`, "u"),
    ],
    after: [/^\s+para\s+((?!(?:O|A|Os|As|Um|Uma|De|Do|Da|Em|No|Na|Segundo|Mas|E|Com|Por|Para|Desde|Este|Esta|Esse|Essa|Ao|Após)(?![\p{L}]))(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,2}\p{Lu}[\p{L}\p{M}-]*)(?![\p{L}\p{M}-])/u],
    // "A sua receita em 2027 foi de": a sentence that leaves its holder to the one before it
    carried: /^\s*(?:A\s+sua|O\s+seu|Sua|Seu|As\s+suas|Os\s+seus)\s+(\p{Ll}+)\s+(?:(?:em|de)\s+\d{4}\s+)?(?:foi|é|era|somou|soma|atingiu|atinge|chegou)\s+(?:(?:a|de|em)\s*)?(?:(?:cerca\s+de|quase|mais\s+de|menos\s+de|aproximadamente|apenas|só)\s+)?$/u,
    quiet: /^(?:o|a|os|as|um|uma|de|do|da|em|no|na|segundo|mas|e|com|por|para|desde|este|esta|ao|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|segunda|terça|quarta|quinta|sexta|sábado|domingo)$/u,
  },
  // "a meta é vacinar 380 mil pessoas", "capaz de processar 210 mil barris": a goal (an amount asked for too: "pediu 4,8 milhões de dólares"), a capacity (judge.ts roleOf), neither an amount reached
  role: {
    aim: { before: new RegExp(`${B}(?:(?:objetivos?|metas?|quotas?|limites?|tetos?|ração|rações)${E}|(?:pretende|pretendem|visa|visam|planeja|planejam|planeia|planeiam|pede|pedem|pediu|pediram|solicita|solicitam|solicitou|solicitaram)\\s|(?:apelo|pedido|solicitação)\\s+(?:de\\s+fundos\\s+)?(?:de|por|para)\\s)(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu") },
    capacity: { before: new RegExp(`${B}(?:capacidades?|(?:vagas|leitos|camas|beliches)\\s+para|armazenamento|(?:capaz|capazes)\\s+de|(?:pode|podem|poderia|poderiam)\\s+(?:\\p{L}+\\s+)?(?:armazenar|abrigar|processar|produzir|gerar|transportar|tratar|fornecer|receber))${E}(?:\\s*:\\s*|[^,;:.!?()"“”«»„\\n]{0,40})$`, "iu") },
  },
  // "20 mil euros por vítima", "600 euros por hectare": an amount for each one, set apart from totals (the English `perUnit`)
  perUnit: /^\s*(?:\p{L}+\s+)?(?:por|para\s+cada|a\s+cada)\s+(?:cabeça|habitante|domicílio|família|pessoa|vítima|morto|hectare|tonelada|barril|ação|aluno|paciente|trabalhador|funcionário)(?![\p{L}])/iu,
  // "cada morador pode usar 50 litros", "uma ração de 25 litros": an amount for each one, said before it (the English `perUnitBefore`)
  perUnitBefore: new RegExp(`(?:${B}(?:cada|por)\\s+(?:morador|habitante|pessoa|residente|família|agregado|cabeça)${E}[^,;:.!?()"“”«»„\\n]{0,40}|${B}raç(?:ão|ões)\\s+(?:diárias?\\s+)?de\\s+(?:\\p{L}+\\s+)?)$`, "iu"),
  // who a figure is credited to: src/extract/credits.ts finds it ("segundo a polícia", "de acordo com o
  // ministério", "a empresa informou", "…, disse o prefeito"), src/reconcile/origins.ts keys it
  credit: {
    generic: new Set("o a os as um uma de do da dos das e agência jornal imprensa oficial oficiais relatório relatórios números dados estimativa estimativas seu sua seus suas".split(" ")),
    vague: /^(fontes?|relatórios?|comunicado|especialistas?|analistas?|responsáveis|imprensa|oficiais|ele|ela|eles|elas)$/i,
    article: /^(?:o|a|os|as|uma?)\s+/i,
    reader: {
      before: /(?<!(?:o|a|no|na|do|da|ao)\s)segundo|de acordo com|conforme|citando|citad[oa]s? por/,
      agent: /(?:informad|divulgad|estimad|anunciad|calculad|publicad)[oa]s? (?:por|pel[oa]s?)/,
      said: /^(?:disse|disseram|informou|informaram|indicou|indicaram|afirmou|afirmaram|declarou|declararam|anunciou|anunciaram|estimou|estimaram|calculou|calcularam|confirmou|confirmaram|explicou|revelou|acrescentou|contabilizou|diz|dizem|informa|informam|afirma|afirmam|estima|estimam|calcula|calculam|confirma|explica)$/u,
      aux: /^(?:tem|têm|tinha|tinham|também|já|ainda|depois)$/u,
      relative: /^(?:que)$/u,
      article: /^(?:o|a|os|as|um|uma)$/u,
      link: /^(?:de|do|da|dos|das)$/u,
      noun: /^(?:polícia|governo|ministério|ministro|ministra|prefeito|prefeita|prefeitura|bombeiros|empresa|sindicato|autoridades|porta-voz|exército|agência|companhia|presidente|presidenta|diretor|diretora|governador|governadora)$/u,
      not: /^(?:ele|ela|eles|elas|nós|você|que|quem|qual|isso|isto|aquilo|esses|aqueles|sem|sob|sobre|até|após|hoje|ontem|amanhã|assim|também|ou)$/u,
      inciseOnly: true,
    },
  },
};
