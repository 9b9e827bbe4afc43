"""blind9 Ukrainian texts 025-036 (every sentence written for this set)."""
from gen_gold import T, P, C, A, D, O
