// Numbers written as words where a support text counts or times something: "in two hours", "within
// forty-eight hours" (commitments), "refund all six months" (limits). Keys are written without spaces or
// hyphens ("fortyeight").
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fortyfive: 45,
  sixty: 60,
  ninety: 90,
  twentyfour: 24,
  fortyeight: 48,
  seventytwo: 72,
};
