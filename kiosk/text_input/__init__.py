"""Text entry engines for the on-screen keyboard (Hangul 두벌식, pinyin); standard library only.

The engines turn key presses into text and know nothing of Qt: screens/text_keyboard.py draws
the keys and shows what an engine holds, so the composition rules are tested without a screen.
"""
