"""``rashomon restory``: rebuild every story from the stored articles with new settings.

Articles are replayed through a fresh clusterer in the order they were
ingested (cached embeddings; missing ones are computed in batches), so the
same settings give the stories ingest gave. Story IDs stay stable: each
new story takes the old ID that most of its articles had (largest overlaps
first, each old ID once); an old ID that found no new story resolves to the
story that took most of its articles. Then a person's corrections are
replayed in order, so they outrank the algorithm.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rashomon.stories.clustering import ClusteringOptions, StoryLedger, story_id_for, summary_of
from rashomon.stories import story_service
from rashomon.stories.service import story_item

_EMBED_BATCH = 64


def rebuild_stories(store, options: ClusteringOptions) -> dict:
    """Recluster all articles; returns counts for the summary line."""
    service = story_service(store, options)
    # In the order they were ingested: the same input in the same order gives the same stories as at ingest.
    articles = list(store.articles())
    for start in range(0, len(articles), _EMBED_BATCH):
        batch = articles[start : start + _EMBED_BATCH]
        service.prepare(batch, [None] * len(batch))
    vectors = store.article_vectors()
    old_story = store.article_story_ids()
    aliases = store.story_aliases()

    def resolve(story_id):
        seen = set()
        while story_id in aliases and story_id not in seen:
            seen.add(story_id)
            story_id = aliases[story_id]
        return story_id

    corrections = store.story_corrections()
    blocked = frozenset((s, o) for action, s, o, _ in corrections if action == "split")
    ledger = StoryLedger(options)
    for article in articles:
        _, vector, keys = vectors[article.id]
        ledger.assign(story_item(article, vector, keys), blocked)
    items, membership = ledger.items, ledger.story_of()

    taken_ids = store.story_ids()
    final_id = _stable_ids(membership, {a: resolve(s) for a, s in old_story.items() if s}, taken_ids)
    membership = {a: final_id[s] for a, s in membership.items()}

    # A person's corrections, replayed in order.
    renamed: dict[str, str] = {}
    for action, story_id, other_id, article_ids in corrections:
        if action == "merge":
            # The stories now holding the absorbed story's articles fold into the survivor.
            survivor = _follow(renamed, resolve(story_id))
            absorbed_stories = {membership[a] for a in article_ids if a in membership} or {_follow(renamed, resolve(other_id))}
            for absorbed in absorbed_stories - {survivor}:
                membership = {a: survivor if s == absorbed else s for a, s in membership.items()}
                renamed[absorbed] = survivor
        else:  # split and move both put the named articles into story_id
            target = _follow(renamed, story_id)
            for article_id in article_ids:
                if article_id in membership:
                    membership[article_id] = target

    members = defaultdict(list)
    for article_id, story_id in membership.items():
        members[story_id].append(article_id)
    survivors = set(members)
    # Old IDs that lost all their articles resolve to where most of them went.
    where_went = defaultdict(Counter)
    for article_id, story_id in old_story.items():
        if story_id and article_id in membership:
            where_went[resolve(story_id)][membership[article_id]] += 1
    with store.transaction():
        for story_id, article_ids in members.items():
            store.save_story_summary(summary_of(story_id, [items[a] for a in article_ids]))
            for article_id in article_ids:
                if old_story.get(article_id) != story_id:
                    store.set_article_story(article_id, story_id)
        for old_id in taken_ids - survivors:
            target = where_went[old_id].most_common(1)[0][0] if where_went.get(old_id) else None
            if target is None:
                target = _follow(renamed, resolve(old_id))
            if target != old_id and target in survivors:
                store.merge_story_ids(old_id, target)
            else:
                store.clear_story_summary(old_id)
    service.forget_index()
    return {"articles": len(articles), "stories": len(survivors), "corrections": len(corrections)}



def _follow(renamed: dict[str, str], story_id: str) -> str:
    seen = set()
    while story_id in renamed and story_id not in seen:
        seen.add(story_id)
        story_id = renamed[story_id]
    return story_id


def _stable_ids(membership: dict[str, str], old_membership: dict[str, str], taken: set[str]) -> dict[str, str]:
    """New cluster ID -> final ID: the old ID most of its articles had, largest overlaps first."""
    overlaps = Counter((new, old_membership[a]) for a, new in membership.items() if a in old_membership)
    final, used = {}, set()
    for (new, old), _ in overlaps.most_common():
        if new not in final and old not in used:
            final[new] = old
            used.add(old)
    for new in set(membership.values()):
        if new not in final:
            candidate, n = new, 1
            while candidate in taken or candidate in used:
                n += 1
                candidate = story_id_for(f"{new}#{n}")
            final[new] = candidate
            used.add(candidate)
    return final
