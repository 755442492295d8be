import { useCallback, useEffect, useRef, useState } from 'react';

/** Readable defaults for the server's bare HTML (it carries no styles of its own); the signed text is untouched. */
const READING_STYLE = `
  html { -webkit-text-size-adjust: 100%; }
  body { margin: 0; padding: 16px; font: 15px/1.7 -apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif; color: #1f1f1f; overflow-wrap: anywhere; }
  h1 { font-size: 19px; line-height: 1.4; margin: 0 0 12px; }
  h2 { font-size: 16px; margin: 18px 0 6px; }
  p, ul { margin: 6px 0; }
`;

/**
 * The document a version was submitted with, as the server rendered it (every value escaped).
 * It is shown in an iframe sandboxed without `allow-scripts`, so nothing in it can run; the
 * frame shares the page's origin only so that it can be sized to its content (no inner scroll
 * on a phone) and given readable type.
 */
export function ContractDocument({ html, title }: { html: string; title: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(480);

  const fit = useCallback(() => {
    const document = frame.current?.contentDocument;
    if (!document?.body) return;
    if (!document.getElementById('hrgraph-reading-style')) {
      const style = document.createElement('style');
      style.id = 'hrgraph-reading-style';
      style.textContent = READING_STYLE;
      document.head?.appendChild(style);
    }
    setHeight(Math.ceil(document.documentElement.scrollHeight) + 2);
  }, []);

  useEffect(() => {
    window.addEventListener('resize', fit);
    return () => window.removeEventListener('resize', fit);
  }, [fit]);

  return (
    <iframe
      ref={frame}
      title={title}
      srcDoc={html}
      sandbox="allow-same-origin"
      referrerPolicy="no-referrer"
      onLoad={fit}
      className="contract-document"
      style={{ height }}
      data-testid="contract-document"
    />
  );
}
