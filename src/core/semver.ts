/**
 * Semantic versions (semver 2.0.0): parsing and comparison.
 * @module
 */

/** A parsed version. */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

/**
 * Parses a version, or returns undefined.
 * @example
 * parseSemver('1.2.3')?.minor; // 2
 */
export function parseSemver(version: string): SemVer | undefined {
  const m = SEMVER.exec(version);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), prerelease: m[4] ?? '' };
}

/**
 * Compares two versions: negative, zero or positive (pre-releases compare as text).
 * @example
 * compareSemver(parseSemver('1.2.0')!, parseSemver('1.10.0')!) < 0; // true
 */
export function compareSemver(a: SemVer, b: SemVer): number {
  return (
    a.major - b.major ||
    a.minor - b.minor ||
    a.patch - b.patch ||
    (a.prerelease === b.prerelease ? 0 : a.prerelease === '' ? 1 : b.prerelease === '' ? -1 : a.prerelease < b.prerelease ? -1 : 1)
  );
}
