"""Type stubs of the compiled module ``guillemet._native`` (pyo3).

Offsets are Unicode code points: ``text[x.start:x.end] == x.text`` for every
token, sentence, paragraph, quote, cue and mention.
"""

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, final, overload

if TYPE_CHECKING:
    import pandas
    import polars

__all__ = [
    "Analyzer",
    "Cue",
    "Document",
    "DocumentTooLargeError",
    "GuillemetError",
    "InputError",
    "InternalError",
    "MEMORY_ALLOWANCE",
    "MEMORY_FACTOR",
    "Mention",
    "OptionError",
    "Paragraph",
    "Quote",
    "SCHEMA_VERSION",
    "SEED_ARTICLE",
    "SerializationError",
    "Sentence",
    "Span",
    "Speaker",
    "TextSpan",
    "Token",
    "TokenList",
    "__version__",
    "_boundary_candidates",
    "_corpus_terms",
    "_doc_term_matrix",
    "_keyness",
    "_cluster_records",
    "_part",
    "_quote_records",
    "stem",
]
__version__: str
SEED_ARTICLE: str
SCHEMA_VERSION: int
MEMORY_FACTOR: int
MEMORY_ALLOWANCE: int

_TokenKind = Literal[
    "word", "number", "punct", "symbol", "url", "email", "hashtag", "mention", "emoji"
]
_QuoteKind = Literal["direct", "indirect", "mixed"]
_QuoteRule = Literal[
    "verb-que",
    "verb-colon",
    "verb-infinitive",
    "verb-quote",
    "passive",
    "incise",
    "selon",
    "attribution",
    "speech-noun",
    "headline-colon",
    "colon",
    "previous-sentence",
    "fragment",
    "dialogue-turn",
    "floating",
    "continued",
    "narration",
    "repeated",
    "relay",
    "unattributed",
]
_SpeakerKind = Literal["person", "organisation", "anonymous"]
_GenderCue = Literal["masculine", "feminine", "unknown"]
_TermForm = Literal["surface", "lower", "stem"]
_Scope = Literal["all", "in_quotes", "outside_quotes"]
_TableKind = Literal["tokens", "sentences", "paragraphs", "quotes", "speakers", "terms"]

class GuillemetError(Exception):
    """Base class of every error raised by guillemet."""

class InputError(GuillemetError, ValueError):
    """The input text cannot be analysed: invalid UTF-8 bytes or a lone
    surrogate; ``position`` is where."""

    position: int

class DocumentTooLargeError(InputError):
    """The document is larger than the analyzer's ``max_document_bytes``, or
    its analysis would take more than ``MEMORY_FACTOR`` times its size plus
    ``MEMORY_ALLOWANCE`` bytes; then ``needed`` is that memory and ``limit``
    the size analysed at its density."""

    size: int
    limit: int
    needed: int

class OptionError(GuillemetError, ValueError):
    """An option has a value outside its allowed set."""

class SerializationError(GuillemetError, ValueError):
    """A serialised document or configuration could not be read."""

class InternalError(GuillemetError, RuntimeError):
    """A bug inside guillemet (a caught Rust panic)."""

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
    """The tokens of a document, as a lazy sequence; it pickles."""

    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, key: int, /) -> Token: ...
    @overload
    def __getitem__(self, key: slice, /) -> list[Token]: ...
    def __iter__(self) -> Iterator[Token]: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...

@final
class Span:
    """A run of a document's tokens (``doc[2:5]``, ``sentence.tokens``,
    ``quote.tokens``): a sequence of ``Token``. ``start`` and ``end`` are
    code points; ``token_start`` and ``token_end`` token indices."""

    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def token_start(self) -> int: ...
    @property
    def token_end(self) -> int: ...
    @property
    def doc(self) -> Document: ...
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, key: int, /) -> Token: ...
    @overload
    def __getitem__(self, key: slice, /) -> Span: ...
    def __iter__(self) -> Iterator[Token]: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Sentence:
    """One sentence; ``tokens`` is a ``Span`` of its tokens."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    @property
    def tokens(self) -> Span: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Paragraph:
    """One paragraph: its tokens (a ``Span``) and its sentence indices."""

    index: int
    start: int
    end: int
    text: str
    @property
    def tokens(self) -> Span: ...
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
    via: TextSpan | None
    rule: _QuoteRule
    @property
    def speaker(self) -> Mention | None: ...
    @property
    def tokens(self) -> Span: ...
    @property
    def sentences(self) -> range: ...
    @property
    def speaker_name(self) -> str | None: ...
    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class Document:
    """The analysis of one text; a sequence of its tokens."""

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
    def to_bytes(self) -> bytes: ...
    @staticmethod
    def from_bytes(data: bytes) -> Document: ...
    def to_dict(self) -> dict[str, Any]: ...
    @staticmethod
    def from_dict(data: dict[str, Any]) -> Document: ...
    @overload
    def term_frequencies(
        self,
        by: _TermForm = ...,
        ngrams: tuple[int, int] = (1, 1),
        *,
        stopwords: bool = ...,
        punctuation: bool = ...,
        numbers: bool = ...,
        scope: _Scope = ...,
        speaker: str | None = ...,
        as_frame: Literal[True] = ...,
    ) -> pandas.DataFrame: ...
    @overload
    def term_frequencies(
        self,
        by: _TermForm = ...,
        ngrams: tuple[int, int] = (1, 1),
        *,
        stopwords: bool = ...,
        punctuation: bool = ...,
        numbers: bool = ...,
        scope: _Scope = ...,
        speaker: str | None = ...,
        as_frame: Literal[False],
    ) -> dict[str, int]: ...
    def to_pandas(
        self,
        kind: _TableKind = "tokens",
        *,
        ids: Sequence[Any] | None = None,
        by: _TermForm | None = None,
        ngrams: tuple[int, int] | None = None,
        stopwords: bool | None = None,
        punctuation: bool | None = None,
        numbers: bool | None = None,
        scope: _Scope | None = None,
        speaker: str | None = None,
    ) -> pandas.DataFrame: ...
    def to_polars(
        self,
        kind: _TableKind = "tokens",
        *,
        ids: Sequence[Any] | None = None,
        by: _TermForm | None = None,
        ngrams: tuple[int, int] | None = None,
        stopwords: bool | None = None,
        punctuation: bool | None = None,
        numbers: bool | None = None,
        scope: _Scope | None = None,
        speaker: str | None = None,
    ) -> polars.DataFrame: ...
    def _repr_html_(self) -> str: ...
    def _columns(self, kind: str) -> dict[str, list[Any]]: ...
    def _quote_word_counts(self) -> list[int]: ...
    def __len__(self) -> int: ...
    @overload
    def __getitem__(self, key: int, /) -> Token: ...
    @overload
    def __getitem__(self, key: slice, /) -> Span: ...
    def __iter__(self) -> Iterator[Token]: ...
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
        max_document_bytes: int = 104857600,
        max_quote_depth: int = 32,
        join_times: bool = False,
    ) -> Analyzer: ...
    def analyze(self, text: str | bytes) -> Document: ...
    def tokenize(self, text: str | bytes) -> Document: ...
    @overload
    def analyze_many(
        self,
        texts: Iterable[str | bytes],
        *,
        n_threads: int | None = ...,
        batch_size: int = ...,
        progress: bool | Literal["auto"] = ...,
        errors: Literal["raise", "skip"] = ...,
    ) -> list[Document]: ...
    @overload
    def analyze_many(
        self,
        texts: Iterable[str | bytes],
        *,
        n_threads: int | None = ...,
        batch_size: int = ...,
        progress: bool | Literal["auto"] = ...,
        errors: Literal["store"],
    ) -> list[Document | GuillemetError | TypeError]: ...
    def _analyze_batch(
        self, texts: list[Any], n_threads: int | None = None, store_errors: bool = False
    ) -> list[Any]: ...
    def config_json(self) -> str: ...
    @staticmethod
    def from_config_json(json: str) -> Analyzer: ...
    def __reduce__(self) -> tuple[Any, tuple[str]]: ...

def _part(doc: Document, kind: str, index: int) -> Any: ...
def _boundary_candidates(
    text: str | bytes,
) -> tuple[list[int], list[tuple[int, list[str]]]]: ...
def _corpus_terms(
    docs: list[Document],
    by: str = "lower",
    ngrams: tuple[int, int] = (1, 1),
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
    ngrams: tuple[int, int] = (1, 1),
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
    ngrams: tuple[int, int] = (1, 1),
    stopwords: bool = False,
    punctuation: bool = False,
    numbers: bool = True,
    scope: str = "all",
    speaker: str | None = None,
    min_count: int = 1,
) -> dict[str, list[Any]]: ...
def _quote_records(docs: list[Document]) -> dict[str, list[Any]]: ...
def _cluster_records(
    texts: list[str],
    kinds: list[str],
    docs: list[int],
    speakers: list[str | None],
    dates: list[int | None],
    sources: list[int | None],
    min_words: int = 4,
    similarity: float = 0.5,
) -> tuple[dict[str, list[Any]], dict[str, list[Any]]]: ...
