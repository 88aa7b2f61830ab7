"""The pytest plugin that ships for plugin authors: its fixtures and helpers."""

import pytest

from attribution.testing.pytest_plugin import compare, single

TWO = "The pier will close, the mayor said. The council said the ferry would stop."


def test_single_returns_the_one_attribution(make_parser):
    att = single(make_parser().parse("The pier will close, the mayor said."))
    assert (att.source.span.text, att.cue.text) == ("the mayor", "said")


@pytest.mark.parametrize("text,count", [(TWO, "2"), ("The pier will close in May.", "0")])
def test_single_fails_listing_what_was_found(make_parser, text, count):
    with pytest.raises(pytest.fail.Exception) as failed:
        single(make_parser().parse(text))
    message = str(failed.value)
    assert f"found {count}" in message
    if count == "2":
        assert "'the mayor'" in message and "'The council'" in message


def test_compare_names_what_is_missing_and_what_is_extra(make_parser):
    parser = make_parser()
    both = parser.parse(TWO).attributions
    first = parser.parse("The pier will close, the mayor said.").attributions
    assert compare(both, both) == []
    # the first sentence's report has the same letters in both documents: only the second is extra
    diff = compare(both, first)
    assert len(diff) == 1 and diff[0].startswith("+ found") and "The council" in diff[0]
    diff = compare(first, both)
    assert len(diff) == 1 and diff[0].startswith("- expected") and "The council" in diff[0]


def test_assert_attributions_fails_on_a_difference_unless_extras_are_allowed(make_parser, assert_attributions):
    parser = make_parser()
    both = parser.parse(TWO).attributions
    first = parser.parse("The pier will close, the mayor said.").attributions
    assert_attributions(both, both)
    assert_attributions(both, first, exact=False)
    with pytest.raises(pytest.fail.Exception, match="attributions differ"):
        assert_attributions(both, first)
    with pytest.raises(pytest.fail.Exception, match="expected"):
        assert_attributions(first, both, exact=False)


def test_make_parser_builds_once_per_set_of_plugins(make_parser):
    class Quiet:
        pass

    plugin = Quiet()
    assert make_parser() is make_parser()
    assert make_parser(plugin) is make_parser(plugin)
    assert make_parser(plugin) is not make_parser()
