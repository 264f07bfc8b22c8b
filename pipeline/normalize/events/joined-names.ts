// Whether a clause joins a name of one party and a name of the other with "and" (" iran and
// pakistan ", " islamabad and tehran "), in either order. The clause and the names are lower-case
// words separated by single spaces; the clause is padded with a space either side.
//
// One pass over the clause's " and "s, each checked against the names that can end just before it
// and begin just after it, rather than building and searching for every pair of names: with
// actors of dozens of aliases, the pairs were most of the event merge's time.

const AND = ' and ';

/** Whether `name` stands as whole words in `clause` ending where `at` starts. */
function endsAt(clause: string, name: string, at: number): boolean {
  const start = at - name.length;
  return start > 0 && clause[start - 1] === ' ' && clause.startsWith(name, start);
}

/** Whether `name` stands as whole words in `clause` starting at `at`. */
function beginsAt(clause: string, name: string, at: number): boolean {
  return clause.startsWith(name, at) && clause[at + name.length] === ' ';
}

/** True when the clause holds ` ${a} and ${b} ` or ` ${b} and ${a} ` for some a of `first` and b of `second`. */
export function namesJoinedByAnd(clause: string, first: readonly string[], second: readonly string[]): boolean {
  for (let at = clause.indexOf(AND); at >= 0; at = clause.indexOf(AND, at + 1)) {
    const after = at + AND.length;
    if (first.some((a) => endsAt(clause, a, at)) && second.some((b) => beginsAt(clause, b, after))) return true;
    if (second.some((b) => endsAt(clause, b, at)) && first.some((a) => beginsAt(clause, a, after))) return true;
  }
  return false;
}
