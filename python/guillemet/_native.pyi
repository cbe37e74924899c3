"""Type stubs of the compiled module ``guillemet._native`` (pyo3).

Offsets are Unicode code points: ``text[x.start:x.end] == x.text`` for every
token, sentence, paragraph, quote, cue and mention.
"""

from collections.abc import Iterable, Iterator
from typing import Any, Literal, final, overload

from guillemet.errors import GuillemetError

__all__ = [
    "Analyzer",
    "Cue",
    "Document",
    "Mention",
    "Paragraph",
    "Quote",
    "SCHEMA_VERSION",
    "SEED_ARTICLE",
    "Sentence",
    "Speaker",
    "TextSpan",
    "Token",
    "TokenList",
    "__version__",
    "_corpus_terms",
    "_doc_term_matrix",
    "_keyness",
    "stem",
]
__version__: str
SEED_ARTICLE: str
SCHEMA_VERSION: int

_TokenKind = Literal[
    "word", "number", "punct", "symbol", "url", "email", "hashtag", "mention", "emoji"
]
_QuoteKind = Literal["direct", "indirect", "mixed"]
_SpeakerKind = Literal["person", "organisation", "anonymous"]
_GenderCue = Literal["masculine", "feminine", "unknown"]

def stem(word: str | bytes) -> str:
    """The Snowball French stem of one word, as tokens are stemmed."""

@final
class Token:
    """One token; a value object made when the token is read."""

    index: int
    text: str
    norm: str
    lower: str
    stem: str
    kind: _TokenKind
    start: int
    end: int
    sentence: int | None
    paragraph: int | None
    is_stopword: bool
    is_title: bool
    is_upper: bool
    in_quote: bool
    def __new__(
        cls,
        index: int,
        text: str,
        norm: str,
        lower: str,
        stem: str,
        kind: str,
        start: int,
        end: int,
        sentence: int | None,
        paragraph: int | None,
        is_stopword: bool,
        is_title: bool,
        is_upper: bool,
        in_quote: bool,
    ) -> Token: ...
    @property
    def is_punct(self) -> bool: ...
    @property
    def is_word(self) -> bool: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    def __hash__(self) -> int: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class TokenList:
    """The tokens of a document, as a lazy sequence."""

    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, key: int, /) -> Token: ...
    @overload
    def __getitem__(self, key: slice, /) -> list[Token]: ...
    def __iter__(self) -> Iterator[Token]: ...

@final
class Sentence:
    """One sentence; ``tokens`` is the range of its token indices."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    def __new__(
        cls,
        index: int,
        start: int,
        end: int,
        text: str,
        token_start: int,
        token_end: int,
        paragraph: int,
    ) -> Sentence: ...
    @property
    def tokens(self) -> range: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Paragraph:
    """One paragraph, with the ranges of its tokens and sentences."""

    index: int
    start: int
    end: int
    text: str
    def __new__(
        cls,
        index: int,
        start: int,
        end: int,
        text: str,
        token_start: int,
        token_end: int,
        sentence_start: int,
        sentence_end: int,
    ) -> Paragraph: ...
    @property
    def tokens(self) -> range: ...
    @property
    def sentences(self) -> range: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class TextSpan:
    """A span of the text."""

    text: str
    start: int
    end: int
    def __new__(cls, text: str, start: int, end: int) -> TextSpan: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    def __hash__(self) -> int: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Cue:
    """The reporting verb group or marker of a quote, with its lemma."""

    text: str
    start: int
    end: int
    lemma: str
    def __new__(cls, text: str, start: int, end: int, lemma: str) -> Cue: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    def __hash__(self) -> int: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Speaker:
    """A resolved speaker. ``gender`` is a grammatical cue of the text
    (il/elle, le/la before a title), not an identity."""

    index: int
    name: str
    kind: _SpeakerKind
    gender: _GenderCue
    gender_cues: int
    def __new__(
        cls,
        index: int,
        name: str,
        kind: str,
        gender: str,
        mentions: list[TextSpan],
        quotes: list[int],
        gender_cues: int = 0,
    ) -> Speaker: ...
    @property
    def mentions(self) -> list[TextSpan]: ...
    @property
    def quotes(self) -> list[int]: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Mention:
    """Where the text names a quote's speaker, and who it resolves to."""

    text: str
    start: int
    end: int
    def __new__(
        cls, text: str, start: int, end: int, speaker: Speaker | None = None
    ) -> Mention: ...
    @property
    def speaker(self) -> Speaker | None: ...
    @property
    def name(self) -> str | None: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Quote:
    """One piece of reported speech."""

    index: int
    kind: _QuoteKind
    text: str
    start: int
    end: int
    cue: Cue | None
    speaker: Mention | None
    via: TextSpan | None
    def __new__(
        cls,
        index: int,
        kind: str,
        text: str,
        start: int,
        end: int,
        sentence_start: int,
        sentence_end: int,
        cue: Cue | None = None,
        speaker: Mention | None = None,
        via: TextSpan | None = None,
    ) -> Quote: ...
    @property
    def sentences(self) -> range: ...
    @property
    def speaker_name(self) -> str | None: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Document:
    """The analysis of one text."""

    @property
    def text(self) -> str: ...
    @property
    def tokens(self) -> TokenList: ...
    @property
    def sentences(self) -> tuple[Sentence, ...]: ...
    @property
    def paragraphs(self) -> tuple[Paragraph, ...]: ...
    @property
    def quotes(self) -> tuple[Quote, ...]: ...
    @property
    def speakers(self) -> tuple[Speaker, ...]: ...
    @property
    def people(self) -> tuple[Speaker, ...]: ...
    @property
    def quoted_terms(self) -> list[TextSpan]: ...
    def to_json(self) -> str: ...
    @staticmethod
    def from_json(json: str) -> Document: ...
    def to_dict(self) -> dict[str, Any]: ...
    @staticmethod
    def from_dict(data: dict[str, Any]) -> Document: ...
    def term_frequencies(
        self,
        by: str = "lower",
        ngrams: tuple[int, int] = (1, 1),
        *,
        stopwords: bool = False,
        punctuation: bool = False,
        numbers: bool = True,
        scope: str = "all",
        speaker: str | None = None,
        as_frame: bool = True,
    ) -> Any: ...
    def to_pandas(
        self, kind: str = "tokens", *, ids: list[Any] | None = None, **options: Any
    ) -> Any: ...
    def to_polars(
        self, kind: str = "tokens", *, ids: list[Any] | None = None, **options: Any
    ) -> Any: ...
    def _repr_html_(self) -> str: ...
    def _columns(self, kind: str) -> dict[str, list[Any]]: ...
    def _quote_word_counts(self) -> list[int]: ...
    def __len__(self) -> int: ...
    def __reduce__(self) -> tuple[Any, tuple[str]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Analyzer:
    """A reusable, configurable analyzer; it pickles."""

    def __new__(
        cls,
        *,
        abbreviations: list[str] | None = None,
        add_stopwords: list[str] | None = None,
        remove_stopwords: list[str] | None = None,
        speech_verbs: list[str] | None = None,
        max_document_bytes: int = ...,
        max_quote_depth: int = ...,
    ) -> Analyzer: ...
    def analyze(self, text: str | bytes) -> Document: ...
    def tokenize(self, text: str | bytes) -> Document: ...
    def analyze_many(
        self,
        texts: Iterable[str | bytes],
        *,
        n_threads: int | None = None,
        batch_size: int = 1000,
        progress: bool | Literal["auto"] = False,
        errors: Literal["raise", "skip", "store"] = "raise",
    ) -> list[Document | GuillemetError | TypeError]: ...
    def _analyze_batch(
        self, texts: list[Any], n_threads: int | None = None, store_errors: bool = False
    ) -> list[Any]: ...
    def config_json(self) -> str: ...
    @staticmethod
    def from_config_json(json: str) -> Analyzer: ...
    def __reduce__(self) -> tuple[Any, tuple[str]]: ...

def _corpus_terms(
    docs: list[Document],
    by: str = "lower",
    ngrams: tuple[int, int] = ...,
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: str = "all",
    speaker: str | None = None,
    min_count: int = 1,
    min_df: int = 1,
) -> dict[str, list[Any]]: ...
def _doc_term_matrix(
    docs: list[Document],
    by: str = "lower",
    ngrams: tuple[int, int] = ...,
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: str = "all",
    speaker: str | None = None,
    vocabulary: list[str] | None = None,
    min_count: int = 1,
    min_df: int = 1,
) -> tuple[list[int], list[int], list[int], list[str]]: ...
def _keyness(
    docs_a: list[Document],
    docs_b: list[Document],
    by: str = "lower",
    ngrams: tuple[int, int] = ...,
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: str = "all",
    speaker: str | None = None,
    min_count: int = 1,
) -> dict[str, list[Any]]: ...
