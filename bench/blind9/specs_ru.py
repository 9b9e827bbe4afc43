"""blind9 Russian texts 013-024 (every sentence written for this set)."""
from gen_gold import T, P, C, A, D, O
