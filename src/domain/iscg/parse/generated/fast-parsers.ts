// Généré par scripts/generate-parsers.ts à partir des schémas zod : ne pas modifier à la main.
/* eslint-disable */
import { diplomaIsComplete, isIsoDateString, levelIsInScale } from '../refinements.js';

type Plain = Record<string, unknown>;

const C0 = new Set<unknown>(["departement","commune","epci","cias","ccas","association","state","police","gendarmerie"]);
const C1 = new Set<unknown>(["employer","police","gendarmerie","prefecture","other"]);
const C2 = new Set<unknown>(["police","gendarmerie","none"]);
const C3 = new Set<unknown>(["commissariat","brigade","compagnie","groupement"]);
const C4 = new Set<unknown>(["reception","listening","evaluation","proximity-intervention","information","orientation","access-facilitation","mediation","early-detection","liaison","statistics-reporting","child-protection-referral","steering-participation","complaint-intake","hearing-participation","procedure-writing","procedure-software","evidence-gathering","investigation-support","summons","intelligence-gathering","long-term-follow-up"]);
const C5 = new Set<unknown>(["victims","mis-en-cause","minors","adults","families","persons-in-distress"]);
const C6 = new Set<unknown>(["mains-courantes","police-referral","gendarmerie-referral","external-services","self-referral"]);
const C7 = new Set<unknown>(["DEASS","DEES","DECESF","DEETS","DEEJE","BTS-ESF","DEME","DETISF","DEAES","CAFERUIS","DEMF","DEIS","CAFDES","MASTER-PSYCHOLOGIE","LICENCE-DROIT","MASTER-DROIT"]);
const C8 = new Set<unknown>(["DEASS","DEES","DECESF","DEETS","DEEJE","BTS-ESF","DEME","DETISF","DEAES","CAFERUIS","DEMF","DEIS","CAFDES","MASTER-PSYCHOLOGIE","LICENCE-DROIT","MASTER-DROIT","OTHER"]);
const C9 = new Set<unknown>(["1969","cncp-2019"]);
const C10 = new Set<unknown>(["state","departement","commune","epci","police","gendarmerie","procureur","association"]);
const C11 = new Set<unknown>(["reception","listening","evaluation","information","orientation","proximity-intervention","mediation","accompaniment","home-visit","hand-off","hearing-accompaniment","child-protection-referral","complaint-intake","hearing-participation","procedure-writing","evidence-gathering","procedure-software","summons"]);
const C12 = new Set<unknown>(["victim","mis-en-cause","family","other"]);
const C13 = new Set<unknown>(["given","refused","withdrawn","not-asked"]);
const C14 = new Set<unknown>(["person","police","gendarmerie","external-service","worker","judicial"]);
const C15 = new Set<unknown>(["person","worker","police","gendarmerie","judicial","external-service"]);
const C16 = new Set<unknown>(["employer","police","gendarmerie","judicial"]);
const C17 = new Set<unknown>(["none","enquete-preliminaire","flagrance","instruction","garde-a-vue"]);
const C18 = new Set<unknown>(["none","information-preoccupante","signalement"]);
const C19 = new Set<unknown>(["profession","mission","none"]);
const C20 = new Set<unknown>(["police","gendarmerie","procureur","juge","crip","pcd","mayor","prefet","sector-social-services","child-protection-professional","health-professional","statistics","other"]);
const C21 = new Set<unknown>(["investigation","child-protection","coordination","hand-off","danger-prevention","requisition-response","statistics","other"]);
const C22 = new Set<unknown>(["consent","cp-226-14-1","cp-226-14-2","cp-226-14-3","cp-226-14-4","cp-223-6","casf-l226-2-1","casf-l226-2-2","casf-l226-4","casf-l121-6-2","cpp-40","requisition","none"]);
const C23 = new Set<unknown>(["identity","contact","address","social-situation","family-situation","health","offence","interview-notes","need-for-coordination","aggregate-statistics","weapon-danger"]);
const C24 = new Set<unknown>(["informed","not-informed","contrary-to-interest"]);
const C25 = new Set<unknown>(["opj","procureur","juge"]);

function object1(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "kind":
        v0 = o[key];
        break;
      case "name":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C0.has(v0))) return undefined;
  if (v1 !== undefined) {
    if (!(typeof v1 === 'string')) return undefined;
  }
  const out: Plain = { "kind": v0, "name": v1 };
  return out;
}

function object2(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "kind":
        v0 = o[key];
        break;
      case "title":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C1.has(v0))) return undefined;
  if (v1 !== undefined) {
    if (!(typeof v1 === 'string')) return undefined;
  }
  const out: Plain = { "kind": v0, "title": v1 };
  return out;
}

function object3(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "kind":
        v0 = o[key];
        break;
      case "title":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C2.has(v0))) return undefined;
  if (v1 !== undefined) {
    if (!(typeof v1 === 'string')) return undefined;
  }
  const out: Plain = { "kind": v0, "title": v1 };
  return out;
}

function object6(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "kind":
        v0 = o[key];
        break;
      case "name":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C3.has(v0))) return undefined;
  if (v1 !== undefined) {
    if (!(typeof v1 === 'string')) return undefined;
  }
  const out: Plain = { "kind": v0, "name": v1 };
  return out;
}

function array5(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const v: unknown = input[i];
    { const r = object6(v); if (r === undefined) return undefined; out[i] = r; }
  }
  return out;
}

function object4(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "units":
        v0 = o[key];
        break;
      case "confidentialOffice":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  { const r = array5(v0); if (r === undefined) return undefined; v0 = r; }
  if (v1 !== undefined) {
    if (!(typeof v1 === 'boolean')) return undefined;
  }
  const out: Plain = { "units": v0, "confidentialOffice": v1 };
  return out;
}

function array7(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const v: unknown = input[i];
    if (!(C4.has(v))) return undefined;
    out[i] = v;
  }
  return out;
}

function array8(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const v: unknown = input[i];
    if (!(C5.has(v))) return undefined;
    out[i] = v;
  }
  return out;
}

function array9(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const v: unknown = input[i];
    if (!(C6.has(v))) return undefined;
    out[i] = v;
  }
  return out;
}

function object14(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "scale":
        v0 = o[key];
        break;
      case "value":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C9.has(v0))) return undefined;
  if (!(((typeof v1 === 'string') || (typeof v1 === 'number' && Number.isFinite(v1))))) return undefined;
  const out: Plain = { "scale": v0, "value": v1 };
  if (!levelIsInScale(out)) return undefined;
  return out;
}

function object13(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown, v2: unknown, v3: unknown;
  for (const key in o) {
    switch (key) {
      case "code":
        v0 = o[key];
        break;
      case "obtained":
        v1 = o[key];
        break;
      case "label":
        v2 = o[key];
        break;
      case "level":
        v3 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C8.has(v0))) return undefined;
  if (v1 !== undefined) {
    if (!(typeof v1 === 'string' && isIsoDateString(v1))) return undefined;
  }
  if (v2 !== undefined) {
    if (!(typeof v2 === 'string' && v2.length >= 1)) return undefined;
  }
  if (v3 !== undefined) {
    { const r = object14(v3); if (r === undefined) return undefined; v3 = r; }
  }
  const out: Plain = { "code": v0, "obtained": v1, "label": v2, "level": v3 };
  if (!diplomaIsComplete(out)) return undefined;
  return out;
}

function union12(v: unknown): unknown {
  if (C7.has(v)) return v;
  { const r = object13(v); if (r !== undefined) return r; }
  return undefined;
}

function array11(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const v: unknown = input[i];
    { const r = union12(v); if (r === undefined) return undefined; out[i] = r; }
  }
  return out;
}

function object10(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown;
  for (const key in o) {
    switch (key) {
      case "required":
        v0 = o[key];
        break;
      default:
        return undefined;
    }
  }
  { const r = array11(v0); if (r === undefined) return undefined; v0 = r; }
  const out: Plain = { "required": v0 };
  return out;
}

function array16(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const v: unknown = input[i];
    { const r = object13(v); if (r === undefined) return undefined; out[i] = r; }
  }
  return out;
}

function object15(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown;
  for (const key in o) {
    switch (key) {
      case "diplomas":
        v0 = o[key];
        break;
      default:
        return undefined;
    }
  }
  { const r = array16(v0); if (r === undefined) return undefined; v0 = r; }
  const out: Plain = { "diplomas": v0 };
  return out;
}

function array18(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const v: unknown = input[i];
    if (!(C10.has(v))) return undefined;
    out[i] = v;
  }
  return out;
}

function object17(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown, v2: unknown;
  for (const key in o) {
    switch (key) {
      case "signed":
        v0 = o[key];
        break;
      case "parties":
        v1 = o[key];
        break;
      case "years":
        v2 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(typeof v0 === 'boolean')) return undefined;
  { const r = array18(v1); if (r === undefined) return undefined; v1 = r; }
  if (v2 !== undefined) {
    if (!(typeof v2 === 'number' && Number.isFinite(v2) && v2 > 0)) return undefined;
  }
  const out: Plain = { "signed": v0, "parties": v1, "years": v2 };
  return out;
}

function object19(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "statisticsGrid":
        v0 = o[key];
        break;
      case "annualReport":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (v0 !== undefined) {
    if (!(typeof v0 === 'boolean')) return undefined;
  }
  if (v1 !== undefined) {
    if (!(typeof v1 === 'boolean')) return undefined;
  }
  const out: Plain = { "statisticsGrid": v0, "annualReport": v1 };
  return out;
}

function object20(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "libreAdhesion":
        v0 = o[key];
        break;
      case "professionalSecrecy":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (v0 !== undefined) {
    if (!(typeof v0 === 'boolean')) return undefined;
  }
  if (v1 !== undefined) {
    if (!(typeof v1 === 'boolean')) return undefined;
  }
  const out: Plain = { "libreAdhesion": v0, "professionalSecrecy": v1 };
  return out;
}

function object0(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown, v2: unknown, v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown, v8: unknown, v9: unknown, v10: unknown, v11: unknown, v12: unknown, v13: unknown, v14: unknown, v15: unknown, v16: unknown, v17: unknown;
  for (const key in o) {
    switch (key) {
      case "kind":
        v0 = o[key];
        break;
      case "id":
        v1 = o[key];
        break;
      case "title":
        v2 = o[key];
        break;
      case "effectiveDate":
        v3 = o[key];
        break;
      case "employer":
        v4 = o[key];
        break;
      case "hierarchicalAuthority":
        v5 = o[key];
        break;
      case "functionalAuthority":
        v6 = o[key];
        break;
      case "placement":
        v7 = o[key];
        break;
      case "missions":
        v8 = o[key];
        break;
      case "beneficiaries":
        v9 = o[key];
        break;
      case "referralSources":
        v10 = o[key];
        break;
      case "qualifications":
        v11 = o[key];
        break;
      case "holder":
        v12 = o[key];
        break;
      case "convention":
        v13 = o[key];
        break;
      case "steeringCommittee":
        v14 = o[key];
        break;
      case "reporting":
        v15 = o[key];
        break;
      case "principles":
        v16 = o[key];
        break;
      case "description":
        v17 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (v0 !== undefined) {
    if (!((v0 === "post"))) return undefined;
  }
  if (!(typeof v1 === 'string' && v1.length >= 1)) return undefined;
  if (v2 !== undefined) {
    if (!(typeof v2 === 'string')) return undefined;
  }
  if (v3 !== undefined) {
    if (!(typeof v3 === 'string' && isIsoDateString(v3))) return undefined;
  }
  { const r = object1(v4); if (r === undefined) return undefined; v4 = r; }
  { const r = object2(v5); if (r === undefined) return undefined; v5 = r; }
  if (v6 !== undefined) {
    { const r = object3(v6); if (r === undefined) return undefined; v6 = r; }
  }
  if (v7 !== undefined) {
    { const r = object4(v7); if (r === undefined) return undefined; v7 = r; }
  }
  { const r = array7(v8); if (r === undefined) return undefined; v8 = r; }
  if (v9 !== undefined) {
    { const r = array8(v9); if (r === undefined) return undefined; v9 = r; }
  }
  if (v10 !== undefined) {
    { const r = array9(v10); if (r === undefined) return undefined; v10 = r; }
  }
  if (v11 !== undefined) {
    { const r = object10(v11); if (r === undefined) return undefined; v11 = r; }
  }
  if (v12 !== undefined) {
    { const r = object15(v12); if (r === undefined) return undefined; v12 = r; }
  }
  if (v13 !== undefined) {
    { const r = object17(v13); if (r === undefined) return undefined; v13 = r; }
  }
  if (v14 !== undefined) {
    if (!(typeof v14 === 'boolean')) return undefined;
  }
  if (v15 !== undefined) {
    { const r = object19(v15); if (r === undefined) return undefined; v15 = r; }
  }
  if (v16 !== undefined) {
    { const r = object20(v16); if (r === undefined) return undefined; v16 = r; }
  }
  if (v17 !== undefined) {
    if (!(typeof v17 === 'string')) return undefined;
  }
  const out: Plain = { "kind": v0, "id": v1, "title": v2, "effectiveDate": v3, "employer": v4, "hierarchicalAuthority": v5, "functionalAuthority": v6, "placement": v7, "missions": v8, "beneficiaries": v9, "referralSources": v10, "qualifications": v11, "holder": v12, "convention": v13, "steeringCommittee": v14, "reporting": v15, "principles": v16, "description": v17 };
  return out;
}

function array23(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const v: unknown = input[i];
    { const r = object13(v); if (r === undefined) return undefined; out[i] = r; }
  }
  return out;
}

function object22(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "employer":
        v0 = o[key];
        break;
      case "diplomas":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  { const r = object1(v0); if (r === undefined) return undefined; v0 = r; }
  if (v1 !== undefined) {
    { const r = array23(v1); if (r === undefined) return undefined; v1 = r; }
  }
  const out: Plain = { "employer": v0, "diplomas": v1 };
  return out;
}

function object24(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown, v2: unknown, v3: unknown;
  for (const key in o) {
    switch (key) {
      case "role":
        v0 = o[key];
        break;
      case "minor":
        v1 = o[key];
        break;
      case "vulnerable":
        v2 = o[key];
        break;
      case "conjugalViolenceVictim":
        v3 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C12.has(v0))) return undefined;
  if (!(typeof v1 === 'boolean')) return undefined;
  if (v2 !== undefined) {
    if (!(typeof v2 === 'boolean')) return undefined;
  }
  if (v3 !== undefined) {
    if (!(typeof v3 === 'boolean')) return undefined;
  }
  const out: Plain = { "role": v0, "minor": v1, "vulnerable": v2, "conjugalViolenceVictim": v3 };
  return out;
}

function object25(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "status":
        v0 = o[key];
        break;
      case "recordedOn":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C13.has(v0))) return undefined;
  if (v1 !== undefined) {
    if (!(typeof v1 === 'string' && isIsoDateString(v1))) return undefined;
  }
  const out: Plain = { "status": v0, "recordedOn": v1 };
  return out;
}

function object26(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "kind":
        v0 = o[key];
        break;
      case "hierarchical":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C16.has(v0))) return undefined;
  if (!(typeof v1 === 'boolean')) return undefined;
  const out: Plain = { "kind": v0, "hierarchical": v1 };
  return out;
}

function object27(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown, v2: unknown;
  for (const key in o) {
    switch (key) {
      case "mandatory":
        v0 = o[key];
        break;
      case "conditionsPoliceHelp":
        v1 = o[key];
        break;
      case "visitWithoutConsent":
        v2 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (v0 !== undefined) {
    if (!(typeof v0 === 'boolean')) return undefined;
  }
  if (v1 !== undefined) {
    if (!(typeof v1 === 'boolean')) return undefined;
  }
  if (v2 !== undefined) {
    if (!(typeof v2 === 'boolean')) return undefined;
  }
  const out: Plain = { "mandatory": v0, "conditionsPoliceHelp": v1, "visitWithoutConsent": v2 };
  return out;
}

function object28(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "stage":
        v0 = o[key];
        break;
      case "roleInProcedure":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C17.has(v0))) return undefined;
  if (v1 !== undefined) {
    if (!(typeof v1 === 'boolean')) return undefined;
  }
  const out: Plain = { "stage": v0, "roleInProcedure": v1 };
  return out;
}

function object29(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "startedOn":
        v0 = o[key];
        break;
      case "handOffPlanned":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(typeof v0 === 'string' && isIsoDateString(v0))) return undefined;
  if (!(typeof v1 === 'boolean')) return undefined;
  const out: Plain = { "startedOn": v0, "handOffPlanned": v1 };
  return out;
}

function object30(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "minorInDanger":
        v0 = o[key];
        break;
      case "imminentDanger":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (v0 !== undefined) {
    if (!(typeof v0 === 'boolean')) return undefined;
  }
  if (v1 !== undefined) {
    if (!(typeof v1 === 'boolean')) return undefined;
  }
  const out: Plain = { "minorInDanger": v0, "imminentDanger": v1 };
  return out;
}

function object31(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown;
  for (const key in o) {
    switch (key) {
      case "referral":
        v0 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C18.has(v0))) return undefined;
  const out: Plain = { "referral": v0 };
  return out;
}

function object21(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown, v2: unknown, v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown, v8: unknown, v9: unknown, v10: unknown, v11: unknown, v12: unknown, v13: unknown;
  for (const key in o) {
    switch (key) {
      case "kind":
        v0 = o[key];
        break;
      case "date":
        v1 = o[key];
        break;
      case "type":
        v2 = o[key];
        break;
      case "worker":
        v3 = o[key];
        break;
      case "person":
        v4 = o[key];
        break;
      case "consent":
        v5 = o[key];
        break;
      case "initiatedBy":
        v6 = o[key];
        break;
      case "requestedBy":
        v7 = o[key];
        break;
      case "instructedBy":
        v8 = o[key];
        break;
      case "coercion":
        v9 = o[key];
        break;
      case "procedure":
        v10 = o[key];
        break;
      case "followUp":
        v11 = o[key];
        break;
      case "situation":
        v12 = o[key];
        break;
      case "childProtection":
        v13 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (v0 !== undefined) {
    if (!((v0 === "action"))) return undefined;
  }
  if (!(typeof v1 === 'string' && isIsoDateString(v1))) return undefined;
  if (!(C11.has(v2))) return undefined;
  if (v3 !== undefined) {
    { const r = object22(v3); if (r === undefined) return undefined; v3 = r; }
  }
  { const r = object24(v4); if (r === undefined) return undefined; v4 = r; }
  { const r = object25(v5); if (r === undefined) return undefined; v5 = r; }
  if (v6 !== undefined) {
    if (!(C14.has(v6))) return undefined;
  }
  if (v7 !== undefined) {
    if (!(C15.has(v7))) return undefined;
  }
  if (v8 !== undefined) {
    { const r = object26(v8); if (r === undefined) return undefined; v8 = r; }
  }
  if (v9 !== undefined) {
    { const r = object27(v9); if (r === undefined) return undefined; v9 = r; }
  }
  if (v10 !== undefined) {
    { const r = object28(v10); if (r === undefined) return undefined; v10 = r; }
  }
  if (v11 !== undefined) {
    { const r = object29(v11); if (r === undefined) return undefined; v11 = r; }
  }
  if (v12 !== undefined) {
    { const r = object30(v12); if (r === undefined) return undefined; v12 = r; }
  }
  if (v13 !== undefined) {
    { const r = object31(v13); if (r === undefined) return undefined; v13 = r; }
  }
  const out: Plain = { "kind": v0, "date": v1, "type": v2, "worker": v3, "person": v4, "consent": v5, "initiatedBy": v6, "requestedBy": v7, "instructedBy": v8, "coercion": v9, "procedure": v10, "followUp": v11, "situation": v12, "childProtection": v13 };
  return out;
}

function array34(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const v: unknown = input[i];
    { const r = object13(v); if (r === undefined) return undefined; out[i] = r; }
  }
  return out;
}

function object33(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown, v2: unknown;
  for (const key in o) {
    switch (key) {
      case "employer":
        v0 = o[key];
        break;
      case "diplomas":
        v1 = o[key];
        break;
      case "secretBound":
        v2 = o[key];
        break;
      default:
        return undefined;
    }
  }
  { const r = object1(v0); if (r === undefined) return undefined; v0 = r; }
  if (v1 !== undefined) {
    { const r = array34(v1); if (r === undefined) return undefined; v1 = r; }
  }
  if (v2 !== undefined) {
    if (!(C19.has(v2))) return undefined;
  }
  const out: Plain = { "employer": v0, "diplomas": v1, "secretBound": v2 };
  return out;
}

function object35(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "kind":
        v0 = o[key];
        break;
      case "boundBySecret":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(C20.has(v0))) return undefined;
  if (v1 !== undefined) {
    if (!(typeof v1 === 'boolean')) return undefined;
  }
  const out: Plain = { "kind": v0, "boundBySecret": v1 };
  return out;
}

function array37(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const v: unknown = input[i];
    if (!(C23.has(v))) return undefined;
    out[i] = v;
  }
  return out;
}

function object36(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown;
  for (const key in o) {
    switch (key) {
      case "categories":
        v0 = o[key];
        break;
      case "strictlyNecessary":
        v1 = o[key];
        break;
      default:
        return undefined;
    }
  }
  { const r = array37(v0); if (r === undefined) return undefined; v0 = r; }
  if (!(typeof v1 === 'boolean')) return undefined;
  const out: Plain = { "categories": v0, "strictlyNecessary": v1 };
  return out;
}

function array39(input: unknown): unknown[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const out: unknown[] = [];
  for (let i = 0; i < input.length; i++) {
    const v: unknown = input[i];
    if (!(C23.has(v))) return undefined;
    out[i] = v;
  }
  return out;
}

function object38(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown, v2: unknown;
  for (const key in o) {
    switch (key) {
      case "written":
        v0 = o[key];
        break;
      case "authority":
        v1 = o[key];
        break;
      case "documents":
        v2 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (!(typeof v0 === 'boolean')) return undefined;
  if (!(C25.has(v1))) return undefined;
  { const r = array39(v2); if (r === undefined) return undefined; v2 = r; }
  const out: Plain = { "written": v0, "authority": v1, "documents": v2 };
  return out;
}

function object32(input: unknown): Plain | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const proto: unknown = Object.getPrototypeOf(input);
  if (proto !== Object.prototype && proto !== null) return undefined;
  const o = input as Plain;
  let v0: unknown, v1: unknown, v2: unknown, v3: unknown, v4: unknown, v5: unknown, v6: unknown, v7: unknown, v8: unknown, v9: unknown, v10: unknown, v11: unknown;
  for (const key in o) {
    switch (key) {
      case "kind":
        v0 = o[key];
        break;
      case "date":
        v1 = o[key];
        break;
      case "from":
        v2 = o[key];
        break;
      case "to":
        v3 = o[key];
        break;
      case "purpose":
        v4 = o[key];
        break;
      case "legalBasis":
        v5 = o[key];
        break;
      case "person":
        v6 = o[key];
        break;
      case "consent":
        v7 = o[key];
        break;
      case "content":
        v8 = o[key];
        break;
      case "personInformed":
        v9 = o[key];
        break;
      case "requisition":
        v10 = o[key];
        break;
      case "copyToPcd":
        v11 = o[key];
        break;
      default:
        return undefined;
    }
  }
  if (v0 !== undefined) {
    if (!((v0 === "sharing"))) return undefined;
  }
  if (!(typeof v1 === 'string' && isIsoDateString(v1))) return undefined;
  { const r = object33(v2); if (r === undefined) return undefined; v2 = r; }
  { const r = object35(v3); if (r === undefined) return undefined; v3 = r; }
  if (!(C21.has(v4))) return undefined;
  if (!(C22.has(v5))) return undefined;
  { const r = object24(v6); if (r === undefined) return undefined; v6 = r; }
  if (v7 !== undefined) {
    { const r = object25(v7); if (r === undefined) return undefined; v7 = r; }
  }
  { const r = object36(v8); if (r === undefined) return undefined; v8 = r; }
  if (v9 !== undefined) {
    if (!(C24.has(v9))) return undefined;
  }
  if (v10 !== undefined) {
    { const r = object38(v10); if (r === undefined) return undefined; v10 = r; }
  }
  if (v11 !== undefined) {
    if (!(typeof v11 === 'boolean')) return undefined;
  }
  const out: Plain = { "kind": v0, "date": v1, "from": v2, "to": v3, "purpose": v4, "legalBasis": v5, "person": v6, "consent": v7, "content": v8, "personInformed": v9, "requisition": v10, "copyToPcd": v11 };
  return out;
}

/**
 * Fast parsers of the structured subjects: a fresh plain copy of a valid document, with every
 * field of the schema (`undefined` where absent), else undefined.
 */
export const FAST_PARSERS: Record<'post' | 'action' | 'sharing', (input: unknown) => Plain | undefined> = {
  post: object0,
  action: object21,
  sharing: object32,
};

/** Top-level fields of each structured subject, in the order of its schema. */
export const SUBJECT_FIELDS: Record<'post' | 'action' | 'sharing', readonly string[]> = {
  post: Object.freeze(["kind","id","title","effectiveDate","employer","hierarchicalAuthority","functionalAuthority","placement","missions","beneficiaries","referralSources","qualifications","holder","convention","steeringCommittee","reporting","principles","description"]),
  action: Object.freeze(["kind","date","type","worker","person","consent","initiatedBy","requestedBy","instructedBy","coercion","procedure","followUp","situation","childProtection"]),
  sharing: Object.freeze(["kind","date","from","to","purpose","legalBasis","person","consent","content","personInformed","requisition","copyToPcd"]),
};
