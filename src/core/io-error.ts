/**
 * Why a file could not be read, in French and English (for loaders and commands alike).
 * @module
 */

/**
 * Describes a file-system error.
 * @example
 * describeIoError({ code: 'ENOENT' }); // { fr: 'fichier introuvable', en: 'file not found' }
 */
export function describeIoError(error: unknown): { fr: string; en: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { fr: 'fichier introuvable', en: 'file not found' };
    case 'EISDIR':
      return { fr: 'est un dossier', en: 'is a directory' };
    case 'EACCES':
    case 'EPERM':
      return { fr: 'lecture non autorisée', en: 'permission denied' };
    default:
      return { fr: `lecture impossible (${code ?? 'erreur'})`, en: `cannot read (${code ?? 'error'})` };
  }
}
