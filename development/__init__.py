"""Development work with participating agencies.

Interventions, self-assessment rounds, results and learning partnerships.
"""
