"""glibc's messages for the errors that say a file is busy (ETXTBSY, EBUSY), in the languages of
its message catalogues: a Linux machine set to another language prints them where an English one
prints "Text file busy" (``/usr/share/locale/*/LC_MESSAGES/libc.mo``, glibc 2.36).

Lowered, as the reader matches them: each as the end of a message (after ": ", " - ", "] " or "(",
before the end of the line, ":", ".", ")" or " ("), never as words in a sentence. Each costs the
reader a search of every output it reads in its tail (`triggers.TAIL_TRIGGERS`), so the table holds
these two errors only: the most common translations of the others are in `words._LOCALIZED`.
"""

from __future__ import annotations

from .facts import EBUSY, TXTBSY

# (lowered message, condition), by language: ETXTBSY, then EBUSY
GLIBC_STRERROR: tuple[tuple[str, str], ...] = (
    # Czech
    ("soubor je používán", TXTBSY),
    ("zařízení nebo zdroj jsou používány", EBUSY),
    # German
    ("das programm kann nicht ausgeführt oder verändert werden (busy)", TXTBSY),
    ("das gerät oder die ressource ist belegt", EBUSY),
    ("ressource ist belegt", EBUSY),  # macOS's (hdiutil: "create failed - Ressource ist belegt")
    # Spanish
    ("el fichero de texto está ocupado", TXTBSY),
    ("dispositivo o recurso ocupado", EBUSY),
    # French
    ("fichier texte occupé", TXTBSY),
    ("périphérique ou ressource occupé", EBUSY),
    # Italian
    ("file di testo occupato", TXTBSY),
    ("dispositivo o risorsa occupata", EBUSY),
    # Japanese
    ("テキストファイルがビジー状態です", TXTBSY),
    ("デバイスもしくはリソースがビジー状態です", EBUSY),
    # Korean
    ("실행 파일 사용 중", TXTBSY),
    ("장치나 자원이 동작 중", EBUSY),
    # Polish
    ("plik wykonywalny zajęty", TXTBSY),
    ("urządzenie lub zasoby zajęte", EBUSY),
    # Portuguese
    ("ficheiro de texto ocupado", TXTBSY),
    ("dispositivo ou recurso ocupado", EBUSY),
    # Brazilian Portuguese
    ("área de texto ocupada", TXTBSY),
    ("dispositivo ou recurso está ocupado", EBUSY),
    # Russian
    ("текстовый файл занят", TXTBSY),
    ("устройство или ресурс занято", EBUSY),
    # Turkish
    ("metin dosyası meşgul", TXTBSY),
    ("aygıt ya da özkaynak meşgul", EBUSY),
    # Ukrainian
    ("текстовий файл зайнято", TXTBSY),
    ("пристрій або ресурс зайнято", EBUSY),
    # Danish
    ("tekstfil optaget", TXTBSY),
    ("enheden eller ressourcen optaget", EBUSY),
    # Finnish
    ("tekstitiedosto varattu", TXTBSY),
    ("laite tai resurssi varattu", EBUSY),
    # Hungarian
    ("a szövegfájl foglalt", TXTBSY),
    ("az eszköz vagy erőforrás foglalt", EBUSY),
    # Norwegian
    ("programfil opptatt", TXTBSY),
    ("enheten eller ressursen opptatt", EBUSY),
    # Dutch
    ("tekstbestand is in gebruik", TXTBSY),
    ("apparaat of hulpbron is bezig", EBUSY),
    # Swedish
    ("kodfil upptagen", TXTBSY),
    ("enhet eller resurs upptagen", EBUSY),
    # Chinese
    ("文本文件忙", TXTBSY),
    ("设备或资源忙", EBUSY),
    # Chinese (Taiwan)
    ("文字檔忙錄中", TXTBSY),
    ("裝置或系統資源忙碌中", EBUSY),
)

# A word of each language's messages, to find the lines that may hold one (`triggers`), with the
# error it can lead to: both where a language's two messages share it
BUSY_WORDS: tuple[tuple[str, str], ...] = (
    *(
        (word, TXTBSY)
        for word in str.split(
            "忙 ビジー状態 사용 meşgul zajęt používán занят зайнято occupé ocupad occupat optaget"
            " opptatt upptagen varattu foglalt"
        )
    ),
    ("(busy)", TXTBSY),
    ("in gebruik", TXTBSY),
    ("동작 중", EBUSY),
    ("belegt", EBUSY),
    ("is bezig", EBUSY),
)

# glibc's name of SIGKILL (strsignal's "Killed") in the languages of its message catalogues,
# lowered: gcc prints it in the machine's language when its compiler program was killed
# ("internal compiler error: 已杀死 (program cc1plus)"), most often by the OOM killer
GLIBC_KILLED: tuple[str, ...] = (
    *str.split("забіты matat dræbt getötet σκοτώθηκε buĉita tapettu matado ubijen kilőve"),
    *str.split("terbunuh ucciso 強制終了 죽었음 drept geëlimineerd unicestwiony morto убито"),
    *str.split("zabitý pobit убијен dödad вбито 已杀死 強制結束"),
    *("безусловно прекъснат", "zabit (sigkill)", "terminado (killed)", "processus arrêté"),
    *("nutraukta (killed)", "süreç durduruldu", "bị buộc kết thúc"),
)
