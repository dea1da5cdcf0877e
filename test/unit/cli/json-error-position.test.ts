import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from '../../../src/shared/json-error-position';

describe('findJsonSyntaxProblem', () => {
  it('accepts valid JSON', () => {
    expect(findJsonSyntaxProblem('{"a":[1,{"b":"\\u00e9\\n"}],"c":-1.5e3,"d":null,"e":true}')).toBeNull();
    expect(findJsonSyntaxProblem(' [ ] ')).toBeNull();
  });

  it.each([
    ['{"a":}', 1, 6, 'unexpected "}"'],
    ['[1,2,\n3,,4]', 2, 3, 'unexpected ","'],
    ['{"a":1', 1, 7, 'unexpected end of input'],
    ['', 1, 1, 'unexpected end of input'],
    ['{\n  "b": tru\n}', 2, 11, 'unexpected "\\n"'],
    ['[1] x', 1, 5, 'unexpected "x"'],
    ['"\\x"', 1, 3, 'unexpected "x"'],
    ["{'a': 1}", 1, 2, 'unexpected "\'"'],
  ])('locates the problem in %j', (text, line, column, message) => {
    expect(findJsonSyntaxProblem(text)).toEqual({ line, column, message });
  });
});
