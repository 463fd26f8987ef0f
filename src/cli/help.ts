export const HELP = `german-news-ner – named entities in German news text

Usage:
  german-news-ner extract [FILE…] [options]   entities of each FILE (or of stdin)
  german-news-ner extract --jsonl [options]   JSON Lines in, JSON Lines out (streaming)
  german-news-ner eval FILE [options]         precision/recall/F1 against gold data
  german-news-ner dictionaries --stats        counts of the built-in gazetteers
  german-news-ner --help | --version

extract options:
  --format table|json|html   output format (default table; json: one array per run)
  --jsonl                    read {"id": …, "text": …} per line on stdin, write one
                             {"id": …, "entities": […]} line per input line, in order;
                             a malformed line yields {"id": …, "error": "…"} and the
                             run continues
  --workers N                with --jsonl: process batches of lines on N worker
                             threads (default 1); output stays in input order
                             and streams; lines/s on stderr when it is a terminal
  --explain                  add the evidence of every entity
  --nested                   also return overlapping candidates
  --no-fuzzy                 no fuzzy matching
  --no-context               no context rules for names outside the gazetteers
  --min-score X              drop entities scoring below X (0..1)
  --gazetteer FILE           extra entries (TSV as in dictionaries/FORMAT.md);
                             may be given once
  --no-builtin               do not load the built-in gazetteers

eval options:
  --input-format germeval|conll|jsonl   gold format (default: from the file name)
  --errors                   list false positives and misses with context
  --json                     machine-readable result

Exit status: 0 on success (also when single JSONL lines fail), 2 on usage errors,
1 when a file cannot be read.
`;
