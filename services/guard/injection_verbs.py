"""More of the words the address lexicons are made of: imperatives of effect and names of an AI reader, in the
languages whose verb forms the first lexicons (``injection_address``) left thin.

An injection in Norwegian, Hungarian, Romanian or Greek says what one in English says ("slett", "töröld", "șterge",
"διάγραψε": delete), to a reader named in its own language ("KI-agent", "MI-asszisztens", "asistentul AI", "βοηθό
AI"). The finders judge an address by its function (a reader named, then an effect asked), so a language whose
imperatives are missing passes whatever it asks. These are lexicons of functions, one entry per verb form a reader is
told with: the informal and the formal imperative, and the subjunctive or jussive where a language orders with it
("să trimită", "iletsin"); the object or context of an order is never listed. Words that are also common nouns or
function words in another language ("si", "plan", "del"), and German and Dutch imperatives that are also the first
person ("setze", "maak": "Wie setze ich mein Passwort zurück?"), are left out.
"""

from __future__ import annotations

MORE_EFFECT = (
    # Danish, Norwegian, Swedish
    r"opsig|flyt|nulstil|deaktiver|åbn|fjern|luk|eksporter|log ind|"
    r"slett|kjøp|godkjenn|legg til|publiser|kjør|endre|flytt|tilbakestill|slå av|åpne|lukk|last opp|videresend|"
    r"flytta|återställ|inaktivera|stäng av|öppna|stäng|exportera|ladda upp|avsluta|säg upp|tilldela|byt|"
    # Dutch
    r"verplaats|stuur door|exporteer|vergeet|hernoem|zet (?:\w+ )?uit|"
    # German: imperatives rarely asked about in the first person (not "setze", "öffne", "erstelle": "Wie setze ich …?"),
    # and the formal ones
    r"vergib|vergiss|trage|ersetze|erteile|entziehe|übertrage|verschiebe|exportiere|erteilen sie|setzen sie|verschieben sie|öffnen sie|schließen sie|übertragen sie|exportieren sie|ersetzen sie|tragen sie|"
    r"erstellen sie|vergessen sie|"
    # French
    r"déplace|déplacez|ouvre|ouvrez|ferme|fermez|réinitialise|réinitialisez|exporte|exportez|oublie|oubliez|arrête|arrêtez|remplace|remplacez|"
    r"modifie|modifiez|crée|créez|vire|virez|pousse|poussez|fusionne|fusionnez|mets|mettez|valide|validez|accepte|acceptez|renvoie|renvoyez|"
    # Spanish, Italian, Portuguese
    r"mueve|mueva|abre|abra|cierra|cierre|restablece|restablezca|exporta|exporte|olvida|olvide|detén|reemplaza|reemplace|modifica|modifique|crea|"
    r"fusiona|pon|ponga|concede|cambie|acepta|acepte|"
    r"sposta|apri|chiudi|reimposta|esporta|dimentica|ferma|sostituisci|carica|metti|imposta|accetta|lascia perdere|lascia stare|"
    r"mova|feche|redefina|esqueça|substitua|altere|crie|carregue|coloque|defina|aceite|publique|libere|marque|"
    # Polish, Czech, Slovak
    r"przenieś|otwórz|zamknij|zresetuj|wyeksportuj|zapomnij|zastąp|utwórz|wgraj|ustaw|zaakceptuj|przyznaj|wypchnij|scal|oznacz|"
    r"przekaż|wyślijcie|usuńcie|zmieńcie|"
    r"přesuň|otevři|zavři|resetuj|exportuj|zapomeň|nahraď|vytvoř|nahraj|nastav|vlož|publikuj|označ|udělej|povol|deaktivuj|"
    r"pošlete|smažte|odstraňte|nastavte|vložte|vypněte|změňte|zveřejněte|přidejte|dejte|napište|"
    r"vymaž|odstráň|vypni|zmeň|"
    # Hungarian (definite and indefinite, informal and formal)
    r"állítsd|állítsa|nyisd|nyissa|zárd|zárja|helyezd|mozgasd|exportáld|tiltsd|engedélyezd|módosítsd|módosítsa|hozd létre|publikáld|"
    r"küldd|küldje|töröljön|törölje|adjon|adja|felejtsd|felejtse|kapcsolja|tegye|írja|másolja|"
    # Romanian (imperative, formal, and the subjunctive a request puts after "is asked to")
    r"mută|deschide|închide|resetează|exportă|uită|oprește|înlocuiește|modifică|creează|încarcă|setează|acceptă|"
    r"trimiteți|ștergeți|schimbați|mutați|transferați|dezactivați|"
    r"trimită|șteargă|schimbe|mute|transfere|publice|dezactiveze|acorde|adauge|plătească|exporte|"
    # Turkish (imperative and the third-person jussive)
    r"işaretle\w*|taşı|aç|sıfırla|dışa aktar|unut|durdur|oluştur|ayarla|kabul et|"
    r"iletsin|göndersin|silsin|versin|paylaşsın|aktarsın|değiştirsin|yüklesin|yazsın|"
    # Greek
    r"μετακίνησ\w*|άνοιξε|κλείσε|επανάφερε|ξέχνα|σταμάτα|αντικατάστησ\w*|δημιούργησ\w*|ανέβασ\w*|όρισε|αποδέξου|απενεργοποίησ\w*|κατάργησ\w*|"
    r"σβήσ\w*|αφαίρεσ\w*|"
    # Russian, Ukrainian
    r"перемести|перенеси|перенесите|открой|откройте|закрой|закройте|сбрось|сбросьте|экспортируй|забудь|забудьте|останови|замени|замените|"
    r"создай|создайте|загрузи|загрузите|задай|прими|выключи|выключите|отключите|смени|смените|поменяй|обнули|очисти|очистите|сотрите|"
    r"отправить|переслать|удалить|открыть|отключить|выключить|предоставить|передать|опубликовать|перевести|сбросить|изменить|добавить|выдать|"
    r"перемісти|відкрий|відкрийте|закрий|скинь|експортуй|забудь|зупини|заміни|створи|прийми|зроби|зробіть|видаліть|вимкніть|надішліть"
)
"""Imperatives (and the forms a request orders with) of effect, in Latin, Cyrillic and Greek scripts, matched as
whole words like ``injection_address.EFFECT``, to which they are added."""

MORE_EFFECT_NOSPACE = r"옮겨|옮기|지우|꺼줘|열어|変えて|移動|消去|空にして|移动|清除|清空|禁用|停用"
"""The same in scripts without word spaces (matched anywhere)."""

MORE_AI_UNAMBIGUOUS = r"mi-\w+|yapay zek[aâ]\w*|asysten\w*|ai सहायक|ai एजेंट"
"""Names of an AI reader the first lexicon misses: Hungarian compounds of MI ("MI-asszisztens"), Turkish with its
circumflex ("yapay zekâ"), the Polish vocative's stem ("Asystencie"), Hindi with the Latin "AI"."""

MORE_AI_AMBIGUOUS = r"ügynök\w*|agencie|بوت|बॉट"
"""Agent and bot in Hungarian, in the Polish vocative ("Agencie"), in Arabic and in Hindi: names a person or another
program may bear too."""
