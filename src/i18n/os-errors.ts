import { defineMessages, type Lang } from './lang.js';

/**
 * The operating system's reasons, in the user's language, for failed reads and
 * writes. The code stays beside the words (`geen ruimte meer op het apparaat
 * (ENOSPC)`), so a message can still be searched for or handed to IT.
 */
type OsReasons = Record<string, string>;

const osReasons = defineMessages<OsReasons>(
  {
    ENOSPC: 'geen ruimte meer op het apparaat',
    EDQUOT: 'schijfquotum overschreden',
    EROFS: 'alleen-lezen bestandssysteem',
    EACCES: 'geen toestemming',
    EPERM: 'handeling niet toegestaan',
    ENOENT: 'bestand of map bestaat niet',
    ENOTDIR: 'een deel van het pad is geen map',
    EISDIR: 'is een map',
    EEXIST: 'bestaat al',
    EIO: 'invoer-/uitvoerfout van het apparaat',
    EFBIG: 'bestand te groot voor het bestandssysteem',
    EMFILE: 'te veel open bestanden',
    ENFILE: 'te veel open bestanden op het systeem',
    ENAMETOOLONG: 'naam te lang',
    ELOOP: 'te veel symbolische links achter elkaar',
    EBUSY: 'apparaat of bestand is bezet',
    ETXTBSY: 'bestand is in gebruik',
    EXDEV: 'kan niet tussen bestandssystemen koppelen',
    EAGAIN: 'tijdelijk niet beschikbaar',
    EPIPE: 'de ontvanger is gesloten',
    EINVAL: 'ongeldige handeling voor dit bestand',
  },
  {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EROFS: 'read-only file system',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file or folder',
    ENOTDIR: 'part of the path is not a folder',
    EISDIR: 'is a folder',
    EEXIST: 'already exists',
    EIO: 'input/output error of the device',
    EFBIG: 'file too large for the file system',
    EMFILE: 'too many open files',
    ENFILE: 'too many open files on the system',
    ENAMETOOLONG: 'name too long',
    ELOOP: 'too many symbolic links in a row',
    EBUSY: 'device or file is busy',
    ETXTBSY: 'file is in use',
    EXDEV: 'cannot link across file systems',
    EAGAIN: 'temporarily unavailable',
    EPIPE: 'the receiving end is closed',
    EINVAL: 'invalid operation for this file',
  },
);

/** `geen ruimte meer op het apparaat (ENOSPC)`; an unknown code alone, an error without one by its first line. */
export function osReason(error: unknown, lang: Lang): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') {
    const words = Object.hasOwn(osReasons(lang), code) ? osReasons(lang)[code] : undefined;
    return words === undefined ? code : `${words} (${code})`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
