// Prints the plain closing line CI reads ("jest: N passed, N failed, N skipped") as the very last line,
// after jest's own summary (which jest writes once every reporter has finished).
class PlainSummary {
  onRunComplete(_contexts, results) {
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${results.numPendingTests} skipped\n`;
    process.once("exit", () => process.stderr.write(line));
  }
}
module.exports = PlainSummary;
