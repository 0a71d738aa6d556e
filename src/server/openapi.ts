/**
 * The OpenAPI 3.1 document of the HTTP service (`GET /openapi.json`). The request bodies are
 * the subject JSON Schemas of `schemas/` (post, action, sharing), embedded as they are, and the
 * report is `schemas/report.schema.json`'s, its `$defs` moved into `components.schemas`: a
 * client generator needs nothing else.
 * @module
 */
import { readFileSync } from 'node:fs';
import { CHECK_KINDS } from './check-request.js';
import { formatBytes, type ErrorCode } from './errors.js';

/** What the document says of this server. */
export interface OpenApiOptions {
  /** The version of `cadre`. */
  version: string;
  /** The body size limit, in bytes. */
  bodyLimit: number;
}

type Json = Record<string, unknown>;

const ERROR_CODES: readonly ErrorCode[] = [
  'malformed-json',
  'empty-body',
  'bad-parameter',
  'bad-request',
  'body-too-large',
  'unsupported-media-type',
  'not-found',
  'unknown-rule',
  'method-not-allowed',
  'timeout',
  'shutting-down',
  'internal-error',
];

let schemas: { post: Json; action: Json; sharing: Json; report: Json } | undefined;

/** The JSON Schemas of `schemas/`, read once (the folder ships with the package, beside `dist/`). */
function schemaFiles(): NonNullable<typeof schemas> {
  const read = (name: string): Json => JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8')) as Json;
  schemas ??= { post: read('post'), action: read('action'), sharing: read('sharing'), report: read('report') };
  return schemas;
}

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Json, extra: Json = {}): Json => ({ content: { 'application/json': { schema, ...extra } } });

/**
 * The report schema's definitions as components: `report` → `Report`, `finding` → `Finding`…,
 * their `$ref`s rewritten to point at the components.
 */
function reportComponents(report: Json): Record<string, Json> {
  const defs = (report['$defs'] ?? {}) as Record<string, Json>;
  const names = new Map(Object.keys(defs).map((k) => [k, k[0]?.toUpperCase() + k.slice(1)]));
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) {
      const target = k === '$ref' && typeof v === 'string' ? /^#\/\$defs\/(.+)$/.exec(v)?.[1] : undefined;
      out[k] = target !== undefined && names.has(target) ? `#/components/schemas/${names.get(target) as string}` : rewrite(v);
    }
    return out;
  };
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(defs)) {
    if (k === 'fileResult') continue; // the CLI's `{ file, ...report }`: not an HTTP response
    out[names.get(k) as string] = rewrite(v) as Json;
  }
  return out;
}

/** A document of one structured kind for `POST /v1/check`: the subject's schema, and `kind` required. */
const withKind = (name: string, kind: string): Json => ({
  description: `Un document \`kind: ${kind}\` : le schéma ${name} (schemas/${kind}.schema.json), où \`kind\` est obligatoire.`,
  allOf: [ref(name), { type: 'object', required: ['kind'] }],
});

const EXAMPLE_ACTION = {
  kind: 'action',
  date: '2019-11-26',
  type: 'hearing-accompaniment',
  worker: { employer: { kind: 'commune', name: 'Ville de Saint-Denis' }, diplomas: [{ code: 'DEASS', obtained: '2012-06-29' }] },
  person: { role: 'victim', minor: false, conjugalViolenceVictim: true },
  consent: { status: 'given', recordedOn: '2019-11-26' },
  initiatedBy: 'police',
  requestedBy: 'police',
  procedure: { stage: 'enquete-preliminaire', roleInProcedure: false },
};

/**
 * Builds the OpenAPI 3.1 document of the service.
 * @example
 * const doc = openApiDocument({ version: '0.1.0', bodyLimit: 1048576 });
 * Object.keys(doc.paths as object); // ['/v1/check', '/v1/rules', '/v1/rules/{id}', '/healthz', '/openapi.json']
 */
export function openApiDocument(options: OpenApiOptions): Json {
  const files = schemaFiles();
  const limit = formatBytes(options.bodyLimit, 'fr');
  const error = (description: string): Json => ({ description, ...json(ref('Error')) });
  const langParameters = [{ $ref: '#/components/parameters/Lang' }, { $ref: '#/components/parameters/AcceptLanguage' }];
  return {
    openapi: '3.1.0',
    info: {
      title: 'cadre — service HTTP',
      version: options.version,
      description:
        "Vérifie des documents au regard du cadre de référence des intervenants sociaux en commissariat et gendarmerie (ISCG, 2006) : postes, actes, partages d'information, fiches de poste en texte libre. " +
        `JSON en entrée, rapport en sortie. Messages en français (\`lang=en\` ou \`Accept-Language: en\` pour l'anglais). Corps limité à ${limit}. Voir docs/http.md.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      '/v1/check': {
        post: {
          operationId: 'check',
          summary: 'Vérifie un document (post, action, sharing ou post-text)',
          description:
            "Le corps est le document lui-même (avec son champ `kind`), ou une enveloppe `{ document, asOf?, lang?, verbose? }` dont les options l'emportent sur celles de l'URL. " +
            'La réponse est le rapport que renvoie `check()` (`lintPostText()` pour `post-text`) : 200 quand le document a pu être vérifié (conforme ou non), 422 quand il est invalide (`outcome: invalid-input`).',
          parameters: [{ $ref: '#/components/parameters/AsOf' }, ...langParameters, { $ref: '#/components/parameters/Verbose' }],
          requestBody: {
            required: true,
            ...json(ref('CheckRequest'), {
              examples: {
                action: { summary: "Audition demandée par l'OPJ (docs/examples/action-audition-demandee-par-opj.yaml)", value: EXAMPLE_ACTION },
                postText: { summary: 'Une fiche de poste en texte libre', value: { kind: 'post-text', text: "L'intervenant participe aux auditions et recueille les plaintes." } },
                envelope: { summary: 'Une enveloppe avec ses options', value: { document: EXAMPLE_ACTION, asOf: '2020-01-15', lang: 'en' } },
              },
            }),
          },
          responses: {
            '200': { description: 'Le rapport : `compliant`, `non-compliant` ou `needs-review`.', ...json(ref('Report')) },
            '400': { $ref: '#/components/responses/BadRequest' },
            '413': { $ref: '#/components/responses/PayloadTooLarge' },
            '415': { $ref: '#/components/responses/UnsupportedMediaType' },
            '422': { description: 'Le rapport d\'un document invalide (`outcome: invalid-input`, `inputErrors` nommées par pointeur JSON).', ...json(ref('Report')) },
            '503': { $ref: '#/components/responses/Unavailable' },
          },
        },
      },
      '/v1/rules': {
        get: {
          operationId: 'listRules',
          summary: 'Les règles du référentiel',
          parameters: langParameters,
          responses: { '200': { description: 'Le référentiel et ses règles.', ...json(ref('RuleList')) }, '400': { $ref: '#/components/responses/BadRequest' } },
        },
      },
      '/v1/rules/{id}': {
        get: {
          operationId: 'getRule',
          summary: 'Une règle : cas, messages, conditions, paramètres, exemples',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              description: "Identifiant de la règle, par exemple `action/no-police-orders` ; la barre oblique s'écrit telle quelle ou encodée (`%2F`).",
              schema: { type: 'string' },
            },
            ...langParameters,
          ],
          responses: {
            '200': { description: 'La règle.', ...json(ref('RuleDetail')) },
            '400': { $ref: '#/components/responses/BadRequest' },
            '404': error('Règle inconnue (`error: unknown-rule`).'),
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'État du service',
          responses: { '200': { description: 'Le service répond ; le référentiel chargé.', ...json(ref('Health')) }, '503': { $ref: '#/components/responses/Unavailable' } },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'Ce document',
          responses: { '200': { description: 'Le document OpenAPI 3.1 du service.', ...json({ type: 'object' }) } },
        },
      },
    },
    components: {
      parameters: {
        AsOf: { name: 'asOf', in: 'query', description: "Date de vérification AAAA-MM-JJ (défaut : la date du document, sinon aujourd'hui).", schema: { type: 'string', format: 'date' } },
        Lang: { name: 'lang', in: 'query', description: 'Langue des messages (défaut : celle du service, fr sauf `cadre serve --lang en`).', schema: { enum: ['fr', 'en'] } },
        AcceptLanguage: { name: 'Accept-Language', in: 'header', description: "Consulté quand `lang` n'est pas donné : fr ou en, selon les préférences.", schema: { type: 'string' } },
        Verbose: { name: 'verbose', in: 'query', description: 'Montre aussi les constatations `info`.', schema: { type: 'boolean' } },
      },
      responses: {
        BadRequest: error('Requête refusée : JSON mal formé (avec ligne et colonne), corps vide, option ou paramètre invalide.'),
        PayloadTooLarge: error(`Corps de plus de ${limit} (\`cadre serve --body-limit\`).`),
        UnsupportedMediaType: error('Corps qui n\'est pas `application/json`.'),
        Unavailable: error('Délai dépassé (`cadre serve --timeout`) ou service en cours d\'arrêt.'),
      },
      schemas: {
        CheckRequest: {
          description: 'Un document, ou une enveloppe qui le contient avec des options.',
          oneOf: [ref('Document'), ref('CheckEnvelope')],
        },
        Document: {
          description: `Un document à vérifier, selon son \`kind\` : ${CHECK_KINDS.join(', ')}.`,
          oneOf: [ref('PostCheck'), ref('ActionCheck'), ref('SharingCheck'), ref('PostTextDocument')],
          discriminator: {
            propertyName: 'kind',
            mapping: { post: '#/components/schemas/PostCheck', action: '#/components/schemas/ActionCheck', sharing: '#/components/schemas/SharingCheck', 'post-text': '#/components/schemas/PostTextDocument' },
          },
        },
        CheckEnvelope: {
          type: 'object',
          required: ['document'],
          properties: {
            document: ref('Document'),
            asOf: { type: 'string', format: 'date', description: 'Date de vérification AAAA-MM-JJ.' },
            lang: { enum: ['fr', 'en'] },
            verbose: { type: 'boolean' },
          },
          additionalProperties: false,
        },
        PostCheck: withKind('PostDocument', 'post'),
        ActionCheck: withKind('ActionDocument', 'action'),
        SharingCheck: withKind('SharingDocument', 'sharing'),
        PostTextDocument: {
          type: 'object',
          description: 'Une fiche de poste en texte libre, relue par les règles `post-text` (comme `cadre lint`).',
          required: ['kind', 'text'],
          properties: { kind: { const: 'post-text' }, text: { type: 'string', description: 'Le texte de la fiche.' } },
          additionalProperties: false,
        },
        PostDocument: files.post,
        ActionDocument: files.action,
        SharingDocument: files.sharing,
        ...reportComponents(files.report),
        Error: {
          type: 'object',
          description: "Toute réponse d'erreur qui n'est pas un rapport. `inputErrors` a la forme de celles du rapport ; vide pour 404, 405, 500 et 503.",
          required: ['error', 'message', 'inputErrors'],
          properties: {
            error: { enum: ERROR_CODES },
            message: { type: 'string', minLength: 1 },
            inputErrors: { type: 'array', items: ref('InputError') },
          },
        },
        Source: {
          type: 'object',
          required: ['ref', 'status'],
          properties: { ref: { type: 'string' }, url: { type: 'string', format: 'uri' }, status: { enum: ['verified', 'secondary', 'legal-knowledge', 'inference', 'unverified'] } },
        },
        RuleSummary: {
          type: 'object',
          required: ['id', 'subject', 'edition', 'severity', 'severities', 'title', 'sources', 'docUrl'],
          properties: {
            id: { type: 'string' },
            subject: { enum: ['post', 'action', 'sharing', 'post-text'] },
            edition: { type: 'string' },
            severity: { enum: ['error', 'review', 'warning', 'info'], description: 'La sévérité la plus grave que la règle peut donner.' },
            severities: { type: 'array', items: { enum: ['error', 'review', 'warning', 'info'] } },
            title: { type: 'string' },
            sources: { type: 'array', items: ref('Source') },
            docUrl: { type: 'string', format: 'uri' },
            since: { type: 'string', format: 'date' },
            until: { type: 'string', format: 'date' },
          },
        },
        RuleDetail: {
          allOf: [
            ref('RuleSummary'),
            {
              type: 'object',
              required: ['rationale', 'params', 'cases', 'examples'],
              properties: {
                rationale: { type: 'string' },
                params: { type: 'object', additionalProperties: { type: 'object', required: ['default', 'description'] } },
                cases: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['severity', 'message', 'when'],
                    properties: {
                      severity: { enum: ['error', 'review', 'warning', 'info'] },
                      message: { type: 'string', description: 'Le modèle du message, avec ses {{valeurs}}.' },
                      when: { type: 'object', description: 'La condition, au format de json-rules-engine (docs/rule-language.md).' },
                      locate: { type: 'string' },
                      since: { type: 'string', format: 'date' },
                      until: { type: 'string', format: 'date' },
                    },
                  },
                },
                examples: {
                  type: 'object',
                  required: ['fires', 'passes'],
                  properties: { fires: { type: 'array', items: { type: 'object', required: ['input'] } }, passes: { type: 'array', items: { type: 'object', required: ['input'] } } },
                },
              },
            },
          ],
        },
        RuleList: {
          type: 'object',
          required: ['ruleset', 'rules'],
          properties: {
            ruleset: {
              type: 'object',
              required: ['name', 'version', 'digest', 'title', 'editions'],
              properties: {
                name: { type: 'string' },
                version: { type: 'string' },
                digest: { type: 'string' },
                title: { type: 'string' },
                editions: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id', 'title', 'inForceFrom'],
                    properties: { id: { type: 'string' }, title: { type: 'string' }, inForceFrom: { type: 'string', format: 'date' }, inForceUntil: { type: 'string', format: 'date' } },
                  },
                },
              },
            },
            rules: { type: 'array', items: ref('RuleSummary') },
          },
        },
        Health: {
          type: 'object',
          required: ['status', 'version', 'ruleset'],
          properties: {
            status: { const: 'ok' },
            version: { type: 'string', description: 'La version de cadre.' },
            ruleset: { type: 'object', required: ['name', 'version', 'digest'], properties: { name: { type: 'string' }, version: { type: 'string' }, digest: { type: 'string' } } },
          },
        },
      },
    },
  };
}
