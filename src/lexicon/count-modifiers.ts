/**
 * Approximators written before an amount, as word sequences (longest first), each with the
 * normalized `modifier` a count reports. "sub-$100" and "below $20" mean "less than".
 */
export const COUNT_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  ['just over', 'just over'], ['just under', 'just under'], ['well over', 'well over'],
  ['well under', 'well under'], ['more than', 'more than'], ['less than', 'less than'],
  ['fewer than', 'fewer than'], ['no more than', 'no more than'], ['not more than', 'no more than'],
  ['at least', 'at least'], ['at most', 'at most'], ['up to', 'up to'], ['as many as', 'as many as'],
  ['as much as', 'as much as'], ['as few as', 'as few as'], ['as little as', 'as little as'],
  ['close to', 'close to'], ['in excess of', 'in excess of'], ['upwards of', 'upwards of'],
  ['an estimated', 'estimated'], ['over', 'over'], ['under', 'under'], ['nearly', 'nearly'],
  ['almost', 'almost'], ['about', 'about'], ['around', 'around'], ['approximately', 'approximately'],
  ['roughly', 'roughly'], ['some', 'some'], ['below', 'less than'], ['above', 'more than'],
  ['sub -', 'less than'],
];
