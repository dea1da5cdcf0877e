import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../../src/import/html-markdown';

describe('htmlToMarkdown', () => {
  it('keeps headings, paragraphs, emphasis and code', () => {
    expect(
      htmlToMarkdown(
        '<h1>Title</h1><p>Some <b>bold</b>, <em>italic</em> and <code>x = 1</code>.</p><h3>Next</h3>',
      ),
    ).toBe('# Title\n\nSome **bold**, *italic* and `x = 1`.\n\n### Next');
  });

  it('writes nested and ordered lists with indentation', () => {
    expect(
      htmlToMarkdown('<ul><li>One<ul><li>Inner</li></ul></li><li>Two</li></ul><ol><li>a</li><li>b</li></ol>'),
    ).toBe('- One\n  - Inner\n- Two\n\n1. a\n2. b');
  });

  it('keeps only http, https and mailto links', () => {
    expect(
      htmlToMarkdown(
        '<a href="https://a.example/x y">web</a> <a href="mailto:help@a.example">mail</a> <a href="javascript:alert(1)">js</a> <a href="data:text/html,x">data</a> <a href=" JaVaScRiPt:x">sneaky</a>',
      ),
    ).toBe('[web](https://a.example/x%20y) [mail](mailto:help@a.example) js data sneaky');
  });

  it('removes script, style, iframe and object with their content, and comments', () => {
    const html =
      '<p>Before</p><script>steal()</script><style>p{color:red}</style><iframe src="https://x"><p>frame text</p></iframe><object data="x"><embed src="y">fallback</object><!-- internal note --><p>After</p>';
    expect(htmlToMarkdown(html)).toBe('Before\n\nAfter');
  });

  it('does not let decoded entities or unclosed tags become markup', () => {
    expect(
      htmlToMarkdown(
        '&lt;img src=x onerror=alert(1)&gt; caf&eacute;&#233; &amp; &#x1F600; &Uuml;ber &bogus; &#xD800;',
      ),
    ).toBe('&lt;img src=x onerror=alert(1)> caféé & 😀 Über &bogus; \ufffd');
    expect(htmlToMarkdown('<p>ok</p><script>never closed')).toBe('ok');
    expect(htmlToMarkdown('a < b and <3')).toBe('a &lt; b and &lt;3');
  });

  it('writes tables as pipe rows with a header separator, escaping pipes in cells', () => {
    expect(
      htmlToMarkdown(
        '<table><thead><tr><th>Plan</th><th>Cost</th></tr></thead><tbody><tr><td>A | B</td><td>$5</td></tr></tbody></table>',
      ),
    ).toBe('| Plan | Cost |\n| --- | --- |\n| A \\| B | $5 |');
  });

  it('keeps pre blocks verbatim in a fence and images as their alt text', () => {
    expect(
      htmlToMarkdown(
        '<pre><code>if (a &lt; b) {\n  go();\n}</code></pre><p><img src="x.png" alt="The settings page"></p>',
      ),
    ).toBe('```\nif (a < b) {\n  go();\n}\n```\n\nThe settings page');
  });
});
