// imsmanifest.xml for the two SCORM packages, written from a small template (the packaging libraries on npm are
// stale and heavy). One SCO: the whole game; its launch URL tells the game which LMS API to look for.
export type ScormVersion = 'scorm12' | 'scorm2004';

export interface ManifestInput {
  readonly version: ScormVersion;
  readonly identifier: string;
  readonly title: string;
  /** Every file of the package, relative to its root, with / as separator. */
  readonly files: readonly string[];
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

/** The page the LMS opens, and the query that switches SCORM reporting on. */
export const LAUNCH = { href: 'index.html', query: { scorm12: '?lms=scorm12', scorm2004: '?lms=scorm2004' } } as const;

const HEADERS: Record<ScormVersion, { namespaces: string; schemaversion: string; scormType: string; launch: (title: string) => string }> = {
  scorm12: {
    namespaces: [
      'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    ].join('\n          '),
    schemaversion: '1.2',
    scormType: 'adlcp:scormtype="sco"',
    // SCORM 1.2 items have no parameters attribute: the query goes in the resource's href.
    launch: (title) =>
      `<item identifier="item-game" identifierref="resource-game" isvisible="true">\n        <title>${title}</title>\n      </item>`,
  },
  scorm2004: {
    namespaces: [
      'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
      'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
      'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
      'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
    ].join('\n          '),
    schemaversion: '2004 4th Edition',
    scormType: 'adlcp:scormType="sco"',
    launch: (title) =>
      `<item identifier="item-game" identifierref="resource-game" isvisible="true" parameters="${LAUNCH.query.scorm2004}">\n        <title>${title}</title>\n      </item>`,
  },
};

export function scormManifest({ version, identifier, title, files }: ManifestInput): string {
  const header = HEADERS[version];
  const safeTitle = escapeXml(title);
  const href = version === 'scorm12' ? `${LAUNCH.href}${LAUNCH.query.scorm12}` : LAUNCH.href;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(identifier)}" version="1"
          ${header.namespaces}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${header.schemaversion}</schemaversion>
  </metadata>
  <organizations default="org-kostenbewust">
    <organization identifier="org-kostenbewust">
      <title>${safeTitle}</title>
      ${header.launch(safeTitle)}
    </organization>
  </organizations>
  <resources>
    <resource identifier="resource-game" type="webcontent" ${header.scormType} href="${escapeXml(href)}">
${files.map((file) => `      <file href="${escapeXml(file)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
