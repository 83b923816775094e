import { useEffect } from 'react';
import type { Report } from '../../domain/report-model';

/** Longest text a page margin holds on one line beside the page number. */
const MARGIN_TEXT_MAX = 60;

/** A CSS string literal, cut to fit a page margin: quotes, backslashes and line breaks escaped. */
function cssString(text: string): string {
  const [...chars] = text;
  const cut =
    chars.length > MARGIN_TEXT_MAX ? `${chars.slice(0, MARGIN_TEXT_MAX - 1).join('')}…` : text;
  return `"${cut.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}

/**
 * The running footer and header on paper: the report's title at the foot of every page (with the
 * page number, from print.css) and, at the head of each page of a service in a report of several,
 * which service it is, so a service that runs onto a second page says whose continuation it is.
 * The title is at the foot so that a page's text starts with what the page itself says. Page-margin boxes take only text set
 * in CSS, so the names go into a constructed style sheet (CSSOM, which the page's content
 * security policy allows, unlike an inline <style>); it is removed when the report closes.
 */
export function usePrintedPages(report: Report): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const several = report.services.length > 1;
    const font = 'font: 8pt system-ui, sans-serif; color: #333;';
    const rules = [`@page { @bottom-left { content: ${cssString(report.title)}; ${font} } }`];
    if (several) {
      report.services.forEach((service) => {
        // A page name of its own makes each service start a new page, and labels the pages.
        const name = `service-${service.position}`;
        rules.push(
          `@page ${name} { @top-right { content: ${cssString(`${service.position} of ${report.services.length}: ${service.name}`)}; ${font} } }`,
          `#report-block-${service.id} { page: ${name}; }`,
        );
      });
    }
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [report]);
}
