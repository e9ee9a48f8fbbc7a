"""Reads a screen's main text aloud with espeak-ng, in a child process, never blocking the UI.

One utterance at a time: a new one, a screen change or turning read-aloud off stops the one
playing. Without espeak-ng (or without a voice for the language) `available()` is False and
every call does nothing, so the shell simply hides the read-aloud button.
"""

from __future__ import annotations

import shutil

from PySide6.QtCore import QObject, QProcess

# espeak-ng voice per kiosk language: Mandarin for Chinese, Korean for 조선어.
VOICES: dict[str, str] = {"zh_CN": "cmn", "ko": "ko", "en": "en"}
WORDS_PER_MINUTE = 140  # slower than espeak's default 175, for older listeners


class SpeechPlayer(QObject):
    def __init__(self, program: str = "espeak-ng", parent: QObject | None = None) -> None:
        """`program`: the engine's name or path; when it cannot be found, nothing is spoken."""
        super().__init__(parent)
        self._program = shutil.which(program)
        self._process: QProcess | None = None
        self.last_spoken: tuple[str, str] | None = None  # (language, text), for tests and logs

    def available(self) -> bool:
        return self._program is not None

    def speak(self, text: str, language: str) -> None:
        """Stop whatever is playing and start reading `text`; returns at once."""
        self.stop()
        text = text.strip()
        if not text or self._program is None:
            return
        process = QProcess(self)
        process.setProgram(self._program)
        voice = VOICES.get(language, VOICES["zh_CN"])
        # The text goes on stdin, not the command line: nothing personal shows in `ps`.
        process.setArguments(["-v", voice, "-s", str(WORDS_PER_MINUTE), "--stdin"])
        process.finished.connect(process.deleteLater)
        process.start()
        process.write(text.encode("utf-8"))
        process.closeWriteChannel()
        self._process = process
        self.last_spoken = (language, text)

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()  # it deletes itself when it has finished

    def is_speaking(self) -> bool:
        return (
            self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning
        )
