"""`rashomon` commands for stories: stories, story (show / merge / split / move), restory."""

from __future__ import annotations

import click

from rashomon.interfaces.cli.app import main
from rashomon.interfaces.cli.common import db_option, emit_json, err, handles_errors, json_option, open_db, to_jsonable
from rashomon.model import Story


def _story_json(story: Story, store) -> dict:
    from rashomon.stories.coherence import story_coherence

    data = to_jsonable(story)
    data["article_count"] = len(story.article_ids)
    data["coherence"] = story_coherence(store, story.article_ids)
    data.pop("merged_into", None)
    return data


def _print_story(story: Story, store=None) -> None:
    """One story in text; with ``store``, in detail (coherence, sources, entities, articles)."""
    when = story.last_seen.strftime("%Y-%m-%d %H:%M") if story.last_seen else "undated"
    detailed = store is not None
    coherence = ""
    if detailed:
        from rashomon.stories.coherence import story_coherence

        coherence = f", coherence {story_coherence(store, story.article_ids):.2f}"
    click.echo(
        f"{story.id}  {len(story.article_ids)} article(s), {story.independent_sources} independent source(s), "
        f"{','.join(story.languages)}, last seen {when}{coherence}"
    )
    for language, headline in story.headlines.items():
        click.echo(f"    [{language}] {headline}")
    if detailed:
        if story.sources:
            click.echo(f"    sources: {', '.join(story.sources)}")
        if story.top_entities:
            click.echo(f"    top entities: {', '.join(story.top_entities)}")
        click.echo(f"    articles: {' '.join(story.article_ids)}")


@main.command("stories")
@click.option("--since", metavar="DATE", help="Only stories last seen on or after DATE (ISO 8601).")
@click.option("--lang", "language", metavar="CODE", help="Only stories with an article in this language.")
@click.option("--limit", type=int, default=None, help="At most N stories (most recently seen first).")
@db_option
@json_option
@handles_errors
def stories_command(since, language, limit, db, as_json):
    """List stories: reports of one event grouped across languages and outlets."""
    from rashomon.workspace import parse_datetime

    with open_db(db) as store:
        found = store.stories(since=parse_datetime(since, "--since"), language=language, limit=limit)
        for story in found:
            emit_json(_story_json(story, store)) if as_json else _print_story(story)
        err.print(f"{len(found)} stor{'y' if len(found) == 1 else 'ies'}", soft_wrap=True)


class _StoryGroup(click.Group):
    """`rashomon story ID` shows a story; `rashomon story merge|split|move ...` corrects stories."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


@main.group("story", cls=_StoryGroup, invoke_without_command=False)
def story_group():
    """Show one story (`rashomon story ID`), or correct stories by hand (merge, split, move).

    A person's corrections outrank the algorithm and survive `rashomon restory`.
    """


@story_group.command("show")
@click.argument("story_id", metavar="ID")
@db_option
@json_option
@handles_errors
def show_story(story_id, db, as_json):
    """Show story ID (a merged-away ID shows the story it was merged into)."""
    with open_db(db) as store:
        story = store.get_story(story_id)
        if story.id != story_id:
            err.print(f"{story_id} was merged into {story.id}", soft_wrap=True)
        emit_json(_story_json(story, store)) if as_json else _print_story(story, store)


@story_group.command("merge")
@click.argument("survivor_id", metavar="ID")
@click.argument("absorbed_ids", metavar="ID...", nargs=-1, required=True)
@db_option
@json_option
@handles_errors
def merge_stories(survivor_id, absorbed_ids, db, as_json):
    """Merge the other stories into the first ID, which keeps its ID; the others resolve to it."""
    from rashomon.stories import story_service

    with open_db(db) as store:
        service = story_service(store)
        for absorbed in absorbed_ids:
            survivor = service.merge(survivor_id, absorbed)
        story = store.get_story(survivor)
        emit_json(_story_json(story, store)) if as_json else _print_story(story, store)
        err.print(f"merged {', '.join(absorbed_ids)} into {survivor}", soft_wrap=True)


@story_group.command("split")
@click.argument("story_id", metavar="ID")
@click.argument("article_ids", metavar="ARTICLE...", nargs=-1, required=True)
@db_option
@json_option
@handles_errors
def split_story(story_id, article_ids, db, as_json):
    """Move the named articles out of story ID into a new story."""
    from rashomon.stories import story_service

    with open_db(db) as store:
        new_id = story_service(store).split(story_id, list(article_ids))
        story = store.get_story(new_id)
        emit_json(_story_json(story, store)) if as_json else _print_story(story, store)
        err.print(f"split {len(article_ids)} article(s) off {story_id} into {new_id}", soft_wrap=True)


@story_group.command("move")
@click.argument("article_id", metavar="ARTICLE")
@click.argument("story_id", metavar="ID")
@db_option
@json_option
@handles_errors
def move_article(article_id, story_id, db, as_json):
    """Move one article into story ID."""
    from rashomon.stories import story_service

    with open_db(db) as store:
        target = story_service(store).move(article_id, story_id)
        story = store.get_story(target)
        emit_json(_story_json(story, store)) if as_json else _print_story(story, store)
        err.print(f"moved {article_id} into {target}", soft_wrap=True)


@main.command("restory")
@click.option("--window-days", type=click.FloatRange(min=0), default=None,
              help="Live window: a story attracts articles within this many days of its first/last report (default 7).")
@click.option("--threshold", type=click.FloatRange(0, 1), default=None,
              help="Same-story probability an article needs to join a story (default 0.6).")
@db_option
@json_option
@handles_errors
def restory_command(window_days, threshold, db, as_json):
    """Rebuild all stories from the stored articles with new settings; corrections are kept."""
    from rashomon.stories import restory

    with open_db(db) as store:
        counts = restory(store, window_days=window_days, threshold=threshold)
        if as_json:
            emit_json(counts)
        err.print(
            f"{counts['articles']} article(s) into {counts['stories']} stor{'y' if counts['stories'] == 1 else 'ies'}, "
            f"{counts['corrections']} correction(s) replayed",
            soft_wrap=True,
        )
