import json

import pytest
from llama_index.core.schema import MetadataMode

from bot.faq.entry import FaqError
from bot.faq.importer import import_to_markdown, read_import_file
from bot.faq.markdown import read_faq_file
from bot.faq.nodes import phrasing_nodes
from bot.faq.reader import FaqMarkdownReader, load_faq_folder
from conftest import write_faq


def test_reader_yields_one_document_per_entry_with_answer_kept_out_of_embedding(faq_dir):
    documents = FaqMarkdownReader().load_data(faq_dir / "shop.md")
    assert [d.id_ for d in documents][:2] == ["reset-password", "change-email"]
    first = documents[0]
    assert first.metadata["answer"].startswith("Open **Settings")
    assert first.get_content(MetadataMode.EMBED) == "How do I reset my password?"


def test_each_phrasing_is_its_own_node_grouped_by_entry(faq_dir):
    entries = read_faq_file(faq_dir / "shop.md", "shop.md")
    nodes = phrasing_nodes(entries)
    reset = [n for n in nodes if n.ref_doc_id == "reset-password"]
    assert [n.get_content(MetadataMode.EMBED) for n in reset] == [
        "How do I reset my password?", "I forgot my password", "忘记密码了怎么办"]
    assert all("Settings" not in n.get_content(MetadataMode.EMBED) for n in nodes)
    assert len(nodes) == sum(1 + len(e.alternates) for e in entries)


def test_a_malformed_file_is_reported_and_the_others_still_load(faq_dir):
    write_faq(faq_dir, "broken.md", "## Fine\n\nok\n\n## \n\nno question\n")
    loaded = load_faq_folder(faq_dir)
    assert [str(e) for e in loaded.errors] == ["broken.md:5: '##' heading has no question text"]
    assert "reset-password" in {e.id for e in loaded.entries}
    assert loaded.failed_files == {"broken.md"}


def test_duplicate_id_across_files_names_both_places_and_neither_wins(faq_dir):
    write_faq(faq_dir, "more.md", "# More\n\n## Another reset question\nid: reset-password\n\nDifferent answer.\n")
    loaded = load_faq_folder(faq_dir)
    assert len(loaded.errors) == 1
    message = str(loaded.errors[0])
    assert message == "shop.md:7: duplicate id 'reset-password', also used at more.md:3"
    assert "reset-password" not in {e.id for e in loaded.entries}


def test_reader_on_a_folder_with_errors_raises_the_located_error(faq_dir):
    write_faq(faq_dir, "broken.md", "## Q\nid: two words\n\nA\n")
    with pytest.raises(FaqError, match=r"broken.md:2: invalid id"):
        FaqMarkdownReader().load_data(faq_dir)


def test_jsonl_import_preserves_ids_exactly_and_round_trips(tmp_path):
    source = tmp_path / "faq.jsonl"
    rows = [
        {"id": "reverted_card_payment?", "question": "Reverted card payment",
         "alternates": ["Why was my  card payment reverted?"], "answer": ""},
        {"id": "Refund_not_showing_up", "question": "Refund not showing up", "alternates": [],
         "answer": "Refunds take **5 days**.\n\n- check your bank"},
    ]
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    target, count = import_to_markdown(source, tmp_path / "faqs", name="bank")
    assert count == 2 and target.name == "bank.md"
    parsed = read_faq_file(target)
    assert [e.id for e in parsed] == ["reverted_card_payment?", "Refund_not_showing_up"]
    assert parsed[0].alternates == ("Why was my card payment reverted?",)
    assert parsed[1].answer == "Refunds take **5 days**.\n\n- check your bank"
    with pytest.raises(FileExistsError):
        import_to_markdown(source, tmp_path / "faqs", name="bank")


def test_csv_import_splits_alternates_and_derives_missing_ids(tmp_path):
    source = tmp_path / "shop.csv"
    source.write_text(
        "question,answer,alternates,id\n"
        "How do I pay?,We take cards.,payment options | 怎么付款,pay\n"
        "Where are you?,\"Berlin, Germany\",,\n",
        encoding="utf-8",
    )
    entries = read_import_file(source)
    assert entries[0].id == "pay" and entries[0].alternates == ("payment options", "怎么付款")
    assert entries[1].id.startswith("q-") and entries[1].answer == "Berlin, Germany"


@pytest.mark.parametrize(
    "content, suffix, message",
    [
        ('{"id": "a", "question": "Q", "answer": "A"}\nnot json\n', ".jsonl", ":2: invalid JSON"),
        ('{"id": "a", "answer": "A"}\n', ".jsonl", ":1: missing 'question'"),
        ('{"id": "a", "question": "Q"}\n{"id": "a", "question": "R"}\n', ".jsonl", ":2: duplicate id 'a'"),
        ("q,a\nx,y\n", ".csv", ":1: CSV header must name"),
    ],
)
def test_bad_import_lines_are_located(tmp_path, content, suffix, message):
    source = tmp_path / f"in{suffix}"
    source.write_text(content, encoding="utf-8")
    with pytest.raises(FaqError, match=message):
        read_import_file(source)
