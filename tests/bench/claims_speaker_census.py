"""Census (cl14, round 12): the claims whose speaker differs from the label the speech layer gives the same act (the
label quotes would give it: ``quotes._speaker`` and ``mentions.speaker_label``), counted by how the layer found the
speaker and by headline or body, over the studied gold sets' articles (seed articles, the devset's development part,
heldout/dev, heldout2/dev, every stress folder; never a held-back or test half). A country as the speaker is left out
(both stages read it through ``citing.country_speaker``). Run from the repository root:
``PYTHONPATH=lib python tests/bench/claims_speaker_census.py [examples per kind]``."""
import sys, collections, glob
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pandas as pd
from saidvsdone import corpus, document, claims, quotes
from saidvsdone.mentions import speaker_label
import eval_claims, eval_devset

def sets():
    yield 'seed', corpus.load()
    yield 'devset-dev', eval_devset.load('dev')[0]
    for d in ('tests/gold/heldout/dev', 'tests/gold/heldout2/dev'):
        yield d, corpus.load(Path(d) / 'articles', manifest=Path(d) / 'articles.csv')
    for d in sorted(glob.glob('tests/gold/stress/blind*/')) + ['tests/gold/stress/']:
        if Path(d, 'articles.csv').is_file():
            yield d, eval_claims.stress_articles(Path(d))

class R:  # a quote reading built from an act
    def __init__(self, act):
        self.speaker, self.as_written, self.attribution = act.speaker.speaker, act.speaker.as_written, act.speaker.how

def layer_label(doc, act):
    return speaker_label(doc, quotes._speaker(R(act)), act.speaker.start, written=act.speaker.as_written or '')

def main(examples_per_kind: int = 3) -> None:
    kinds = collections.Counter(); examples = collections.defaultdict(list); total = 0
    for name, arts in sets():
        for doc in document.documents(arts):
            for row in claims._claims_in(doc, False, True, None):
                total += 1
                acts = [a for a in doc.speech.acts if a.sentence[0] <= row['start'] < a.sentence[1]
                        and a.speaker.as_written == row['speaker_as_written']]
                if not acts:
                    continue
                act = acts[0]
                if act.speaker.how == 'country':
                    continue
                lab = layer_label(doc, act)
                if lab != row['speaker']:
                    how = act.speaker.how
                    k = (how, 'headline' if row['headline'] else 'body')
                    kinds[k] += 1
                    examples[k].append(f"{name}:{doc.article_id} {act.speaker.as_written!r}: layer {lab!r} -> claim {row['speaker']!r}")
    print('claims', total, 'corrected', sum(kinds.values()))
    for k, n in kinds.most_common():
        print(n, k)
        for e in examples[k][:examples_per_kind]:
            print('     ', e)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
