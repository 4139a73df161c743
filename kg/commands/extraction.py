"""`kg extract`, `kg add`, `kg eval`: the extractor on any text, new documents, and its scores."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.errors import UsageError
from kg.extract.ner import BACKENDS


def _ner_option(f):
    """--ner: the optional statistical tagger (kg.extract.ner), also selected by the environment variable KG_NER."""
    return click.option("--ner", "ner_backend", type=click.Choice(BACKENDS), default=None,
                        help="Add a statistical NER tagger's names to the rules' mentions (default: $KG_NER, else "
                             "none); needs `pip install 'kg[lac]'`.")(f)


def concepts_option(f):
    """--concepts: also report the concept layer (kg.extract.layers), also selected by KG_CONCEPTS=1."""
    return click.option("--concepts/--named-only", "concepts", default=None,
                        help="Also report concept-layer entities (generic concepts, sectors, policy instruments, "
                             "actor groups), or only the named layer (default: $KG_CONCEPTS, else named only).")(f)


def use_layers(concepts: bool | None) -> None:
    """Select the reported layers now, so a bad KG_CONCEPTS value is one clear error before any work."""
    from kg.extract import layers

    if concepts is not None:
        layers.use(concepts)
    layers.concepts_on()


def _use_ner(backend: str | None) -> None:
    """Select the tagger and load it now, so a missing package is one clear error before any work."""
    from kg.extract import ner

    if backend is not None:
        ner.use(backend)
    ner.check()


def _project_corpus(root: Path):
    """The project's curated corpus when there is one (for the gazetteer); None outside a project."""
    from kg.build import load_corpus

    if not (root / "seeds" / "curation").is_dir():
        return None
    return load_corpus(root / "seeds")


def _table(data: dict) -> str:
    lines = [f"document {data['document'].get('id')} ({data['document'].get('script')}, "
             f"{data['document'].get('chars')} characters, extractor {data['document'].get('extractor')})", ""]
    lines.append(f"entities ({len(data['entities'])})")
    for e in data["entities"]:
        lines.append(f"  {e['id']:<36} {e['type']:<18} {e['confidence']:.2f}  {len(e['mentions'])}× {e['label']}")
    lines.append(f"\nclaims ({len(data['claims'])})")
    for c in data["claims"]:
        lines.append(f"  [{c['start']}-{c['end']}] {c['stance']:<9} {c['confidence']:.2f} "
                     f"speaker={c['speaker']} about={','.join(c['about'])}\n      {c['text']}")
    lines.append(f"\nrelations ({len(data['relations'])})")
    for r in data["relations"]:
        lines.append(f"  {r['subject']} {r['predicate']} {r['object']}  ({r['confidence']:.2f}, "
                     f"{r['start']}-{r['end']})")
    lines.append(f"\nclaim relations ({len(data['claim_relations'])})")
    for r in data["claim_relations"]:
        lines.append(f"  {r['claim']} {r['relation']} {r['other']}  ({r['confidence']:.2f})")
    return "\n".join(lines)


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["table", "json", "turtle"]), default="table", show_default=True)
@click.option("--author", default=None, help="Who wrote the text (speaker of claims with no reported speech).")
@_ner_option
@concepts_option
@click.pass_context
def extract_cmd(ctx: click.Context, file: Path, fmt: str, author: str | None, ner_backend: str | None,
                concepts: bool | None) -> None:
    """What the extractor finds in FILE (UTF-8 text), without changing the corpus."""
    from kg.extracted import corpus_claims
    from kg.mentions import curated_gazetteer
    from kg.standalone import extract_file

    _use_ner(ner_backend)
    use_layers(concepts)
    corpus = _project_corpus(ctx.obj["root"])
    gaz = curated_gazetteer(corpus.curation.entities) if corpus else None
    result = extract_file(file, gaz, author=author, corpus_claims=corpus_claims(corpus) if corpus else ())
    if fmt == "json":
        click.echo(json.dumps(result.extraction.to_json(), ensure_ascii=False, indent=1))
    elif fmt == "turtle":
        click.echo(result.turtle(corpus.curation.entities if corpus else {},
                                 frozenset(corpus.curation.claims) if corpus else frozenset()), nl=False)
    else:
        click.echo(_table(result.extraction.to_json()))


@click.command("add")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--title", required=True)
@click.option("--author", required=True, help="A curated entity id, or the author's name.")
@click.option("--publisher", required=True, help="A curated entity id, or the publisher's name.")
@click.option("--date", required=True, help="YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--url", default=None)
@click.option("--id", "doc_id", default=None, help="Document id (default: from the file name).")
@click.option("--language", type=click.Choice(["zh-Hans", "zh-Hant"]), default=None,
              help="Script of the text (default: detected).")
@click.pass_context
def add_cmd(ctx: click.Context, file: Path, title: str, author: str, publisher: str, date: str, url: str | None,
            doc_id: str | None, language: str | None) -> None:
    """Add FILE to seeds/ with its metadata; the next `kg build` extracts it into its own named graph."""
    from kg.adding import add_document

    root = ctx.obj["root"]
    corpus = _project_corpus(root)
    entities = set(corpus.curation.entities) if corpus else set()
    text_path, meta_path = add_document(root, file, title=title, author=author, publisher=publisher, date=date,
                                        url=url, doc_id=doc_id, language=language, entities=entities)
    click.echo(f"added {text_path.relative_to(root)} and {meta_path.relative_to(root)}; run `kg build`")


@click.command("eval")
@click.argument("gold", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--leave-one-out", "loo", is_flag=True,
              help="Also score each curated seed with a gazetteer built without that seed's own curation "
                   "(against all its curated entities, and against their named layer).")
@click.option("--no-gazetteer", is_flag=True, help="Score GOLD files with no curated gazetteer at all.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_ner_option
@concepts_option
@click.pass_context
def eval_cmd(ctx: click.Context, gold: tuple[Path, ...], loo: bool, no_gazetteer: bool, fmt: str,
             ner_backend: str | None, concepts: bool | None) -> None:
    """Precision / recall / F1 of the extractor against GOLD files (format: see kg/evaluate.py)."""
    from kg.mentions import curated_gazetteer
    from kg.scoring import leave_one_out, score_files, total

    if not gold and not loo:
        raise UsageError("give GOLD files, --leave-one-out, or both")
    _use_ner(ner_backend)
    use_layers(concepts)
    corpus = _project_corpus(ctx.obj["root"])
    sections = []
    if gold:
        gaz = curated_gazetteer(corpus.curation.entities) if corpus and not no_gazetteer else None
        sections.append(("gold files", score_files(list(gold), gaz)))
    if loo:
        if corpus is None or not corpus.curation.curated_documents:
            raise UsageError("--leave-one-out needs a project with curated seeds (seeds/curation/claims)")
        sections.append(("leave-one-out over curated seeds", leave_one_out(corpus)))
        sections.append(("leave-one-out, the curation's named layer", leave_one_out(corpus, named_only=True)))
    if fmt == "json":
        click.echo(json.dumps({name: {"total": total(rows).to_json(), **{k: s.to_json() for k, s in rows}}
                               for name, rows in sections}, ensure_ascii=False, indent=1))
        return
    for name, rows in sections:
        click.echo(f"== {name}: {len(rows)} document(s)")
        click.echo(total(rows).to_table())
        click.echo()


def register(main: click.Group) -> None:
    for cmd in (extract_cmd, add_cmd, eval_cmd):
        main.add_command(cmd)

