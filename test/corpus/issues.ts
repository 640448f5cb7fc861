// Which open issue a blocking error belongs to, so the ranking reads as a to-do list. First match
// wins; the patterns look at the error text the CLI printed (class and message).
const rules: [RegExp, string][] = [
  [/ModuleNotFoundError: No module named '(?!tensorflow|matplotlib)/, '#12'], // stdlib / local modules
  [/matplotlib|pylab/i, '#13'],
  [/check_numerics|'Print'|\bPrint\b|assert_|Assert/, '#17'],
  [/Saver|FileWriter|summary|checkpoint|GraphDef|write_graph|import_meta_graph|saved_model/i, '#14'],
  [/while_loop|'cond'|\bcond\b|rnn|RNN|LSTM|GRU|embedding|dynamic_rnn|static_rnn|nce_loss|sampled_softmax|TensorArray|scan|map_fn/, '#10'],
  [/'layers'|contrib|'data'|Dataset|Iterator|estimator|Estimator|'app'|flags|FLAGS|string|decode_csv|Queue|queue|input_producer|Reader|train\.batch|'losses'|'metrics'|feature_column|logging/, '#11'],
  [/ModuleNotFoundError|ImportError|argparse|open|FileNotFound|PermissionError|IPython|display|loadtxt|genfromtxt|savetxt|np\.load|'csv'|collections|urllib|zipfile|pickle/i, '#12'],
  [/SyntaxError: invalid syntax/, '#12'], // the corpus notebooks' first such line is an IPython %magic
  [/Failed to convert object of type <class 'str'>/, '#11'], // string tensors
  [/wrong numbers/, 'numbers'],
  [/has no attribute/, 'api'], // a missing tf/np function outside the open issues' families
  [/Timeout/, 'speed'],
];

export function issueOf(reason: string): string {
  for (const [re, issue] of rules) if (re.test(reason)) return issue;
  return 'other';
}
