// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdownInto, sanitizeMarkdown } from '../../../src/shared/render';
import { sanitizeHtml } from '../../../src/shared/sanitize';

describe('the one sanitiser', () => {
  it('keeps the Markdown an article needs', async () => {
    const html = await sanitizeMarkdown(
      '## Resolve it\n\n1. Check the **order**\n2. Refund it\n\n```snippet\nHi {{customer.name}}\n```\n\n[policy](https://example.com/p)',
    );
    expect(html).toContain('<h2');
    expect(html).toContain('<ol>');
    expect(html).toContain('<strong>order</strong>');
    expect(html).toContain('class="language-snippet"');
    expect(html).toContain('href="https://example.com/p"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src=x onerror="alert(1)">', /onerror|<img/i],
    ['[x](javascript:alert(1))', /javascript:/i],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:/i],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:|<script/i],
    ['<p onclick="alert(1)" style="color:red">x</p>', /onclick|style=/i],
    ['<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['<svg><animate onbegin="alert(1)"/></svg>', /<svg|onbegin/i],
    ['<form action="https://evil.example"><input name="p"></form>', /<form|<input/i],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /onerror|<img|<style/i],
  ])('neutralises %s', async (input, forbidden) => {
    // Raw HTML in an article is shown as the text it is; nothing of it becomes an element or attribute.
    const element = document.createElement('div');
    await renderMarkdownInto(element, input);
    // The markup that was rendered (elements and attributes, not the visible text) has none of it.
    const markup = [...element.querySelectorAll('*')]
      .map(
        (node) => `<${node.tagName} ${[...node.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>`,
      )
      .join('');
    expect(markup).not.toMatch(forbidden);
    for (const node of element.querySelectorAll('*')) {
      expect(node.tagName).toMatch(/^(P|A|CODE|PRE)$/);
      for (const attr of node.attributes) expect(attr.name).toMatch(/^(href|class|title|target|rel)$/);
      if (node.tagName === 'A') expect(node.getAttribute('href') ?? '').toMatch(/^(https?:|mailto:)/);
    }
  });

  it('writes the sanitised HTML into an element', async () => {
    const element = document.createElement('div');
    await renderMarkdownInto(element, 'Hello **there** <b onclick="x()">you</b>');
    expect(element.querySelector('strong')?.textContent).toBe('there');
    expect(element.querySelector('b')).toBeNull();
    expect(element.querySelector('[onclick]')).toBeNull();
    expect(element.textContent).toBe('Hello there <b onclick="x()">you</b>');
  });

  it('never lets an event handler or script through, whatever the input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.constantFrom(
            '<script>',
            '</script>',
            '<img src=x ',
            'onerror=',
            '"alert(1)"',
            '>',
            '[a](',
            'javascript:',
            ')',
            '<a href="',
            '<svg onload=',
            '**',
            '\n\n',
            'text',
          ),
          { maxLength: 30 },
        ),
        async (parts) => {
          const html = await sanitizeMarkdown(parts.join(''));
          const element = document.createElement('div');
          element.innerHTML = html;
          for (const node of element.querySelectorAll('*')) {
            expect(node.tagName).not.toMatch(/^(SCRIPT|IMG|SVG|IFRAME)$/);
            for (const attr of node.attributes) expect(attr.name.startsWith('on')).toBe(false);
            if (node.tagName === 'A') expect(node.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the allow-list sanitiser on hostile HTML', () => {
  const kept = (html: string) => {
    const element = document.createElement('div');
    element.innerHTML = sanitizeHtml(html);
    return element;
  };

  it.each([
    ['<img src=x onerror="alert(1)">', ''],
    ['<p onclick="alert(1)" style="color:red">x</p>', '<p>x</p>'],
    ['<script>alert(1)</script>after', 'after'],
    ['<style>p{}</style><template><p>t</p></template>ok', 'ok'],
    ['<svg><a href="https://x.example">in svg</a></svg>left', 'left'],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', ''],
    ['<!-- comment --><b>bold</b>', '<b>bold</b>'],
    ['<div><span>kept text</span></div>', 'kept text'],
    ['<iframe src="https://evil.example">inner</iframe>x', 'x'],
    ['<code class="language-js" data-x="1" id="y">c</code>', '<code class="language-js">c</code>'],
    ['<ol start="3" type="a"><li>three</li></ol>', '<ol start="3"><li>three</li></ol>'],
  ])('%s becomes %s', (input, expected) => {
    expect(kept(input).innerHTML).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    '&#106;avascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example',
  ])('drops the link address %s but keeps the text', (href) => {
    const link = kept(`<a href="${href}" onmouseover="x()">text</a>`).querySelector('a');
    expect(link?.hasAttribute('href')).toBe(false);
    expect(link?.getAttributeNames().sort()).toEqual(['rel', 'target']);
    expect(link?.textContent).toBe('text');
  });

  it('opens kept links in a new tab without an opener', () => {
    const link = kept(
      '<a href="mailto:help@example.com" title="Mail us" target="_self">mail</a>',
    ).querySelector('a');
    expect(link?.getAttribute('href')).toBe('mailto:help@example.com');
    expect(link?.getAttribute('title')).toBe('Mail us');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps only allowed tags and attributes, whatever the tag soup', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            '<a href="javascript:x()">',
            '<svg>',
            '<math>',
            '<table>',
            '<style>',
            '</style>',
            '<noscript>',
            '<p title="t" onclick="y()">',
            '</p>',
            '<img src=x onerror=z()>',
            '<textarea>',
            '</textarea>',
            '<!--',
            '-->',
            '<![CDATA[',
            ']]>',
            'text',
            '<b>',
          ),
          { maxLength: 30 },
        ),
        (parts) => {
          for (const node of kept(parts.join('')).querySelectorAll('*')) {
            expect(node.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
            expect(node.tagName).toMatch(/^(A|B|P|TABLE|TBODY|THEAD|TR|TD|TH)$/);
            for (const attr of node.attributes) expect(attr.name).toMatch(/^(href|title|target|rel)$/);
            if (node.tagName === 'A') expect(node.getAttribute('href') ?? '').not.toMatch(/javascript:/i);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
