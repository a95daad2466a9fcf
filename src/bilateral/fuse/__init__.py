"""Fusion and analysis: per-document facts → fused facts, dyads, actor profiles, timelines."""
