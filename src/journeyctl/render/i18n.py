"""Built-in labels (lane headings, legends, states) in the map's language.

A map's ``locale`` picks the labels: ``pt-BR`` tries ``pt-br``, then ``pt``,
then English. Adding a language is one more entry in ``LABELS`` with every
key that English has (a test checks).
"""

from __future__ import annotations

#: Languages written right to left (primary subtags).
RTL = frozenset({"ar", "he", "fa", "ur", "ps", "yi", "ckb", "dv", "sd", "ug"})

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "lane.actions": "Actions", "lane.touchpoints": "Touchpoints",
        "lane.thoughts": "Thoughts & feelings", "lane.emotion": "Emotion",
        "lane.barriers": "Barriers", "lane.opportunities": "Opportunities",
        "lane.backstage": "Backstage", "lane.metrics": "Metrics",
        "state.current": "Current state", "state.future": "Future state",
        "persona": "Persona", "goals": "Goals", "needs": "Needs", "frustrations": "Frustrations",
        "goal": "Goal", "updated": "Updated", "owner": "Owner", "tags": "Tags",
        "thoughts": "Thinks", "questions": "Asks", "motivation": "Motivation",
        "moment_of_truth": "Moment of truth", "severity": "Severity",
        "severity.low": "low", "severity.medium": "medium", "severity.high": "high", "severity.critical": "critical",
        "priority": "Priority", "priority.low": "low", "priority.medium": "medium", "priority.high": "high",
        "addresses": "Addresses", "value": "Now", "target": "Target",
        "emotion.-2": "very negative", "emotion.-1": "negative", "emotion.0": "neutral",
        "emotion.1": "positive", "emotion.2": "very positive",
        "legend": "Legend", "channels": "Channels", "journey_ends": "Journey ends here",
        "next": "Next", "persona_image": "Picture of the persona", "no_steps": "No steps yet",
        "no_emotion": "no emotion recorded",
        "summary": "Summary", "lowest_moments": "Lowest moments", "barriers_by_severity": "Barriers by severity", "unaddressed": "High and critical barriers no opportunity addresses",
        "none": "None", "emotion_overview": "Emotion overview", "stages": "Stages",
    },
    "lt": {
        "lane.actions": "Veiksmai", "lane.touchpoints": "Sąlyčio taškai",
        "lane.thoughts": "Mintys ir jausmai", "lane.emotion": "Emocija",
        "lane.barriers": "Kliūtys", "lane.opportunities": "Galimybės",
        "lane.backstage": "Užkulisiai", "lane.metrics": "Rodikliai",
        "state.current": "Dabartinė būsena", "state.future": "Siekiama būsena",
        "persona": "Asmuo", "goals": "Tikslai", "needs": "Poreikiai", "frustrations": "Nusivylimai",
        "goal": "Tikslas", "updated": "Atnaujinta", "owner": "Atsakingas", "tags": "Žymos",
        "thoughts": "Galvoja", "questions": "Klausia", "motivation": "Motyvacija",
        "moment_of_truth": "Tiesos akimirka", "severity": "Svarba",
        "severity.low": "maža", "severity.medium": "vidutinė", "severity.high": "didelė", "severity.critical": "kritinė",
        "priority": "Prioritetas", "priority.low": "žemas", "priority.medium": "vidutinis", "priority.high": "aukštas",
        "addresses": "Sprendžia", "value": "Dabar", "target": "Tikslas",
        "emotion.-2": "labai neigiama", "emotion.-1": "neigiama", "emotion.0": "neutrali",
        "emotion.1": "teigiama", "emotion.2": "labai teigiama",
        "legend": "Legenda", "channels": "Kanalai", "journey_ends": "Kelionė baigiasi čia",
        "next": "Toliau", "persona_image": "Asmens nuotrauka", "no_steps": "Žingsnių dar nėra",
        "no_emotion": "emocija nenurodyta",
        "summary": "Santrauka", "lowest_moments": "Žemiausi taškai", "barriers_by_severity": "Kliūtys pagal svarbą", "unaddressed": "Didelės ir kritinės kliūtys, kurių nesprendžia jokia galimybė",
        "none": "Nėra", "emotion_overview": "Emocijų apžvalga", "stages": "Etapai",
    },
    "pl": {
        "lane.actions": "Działania", "lane.touchpoints": "Punkty styku",
        "lane.thoughts": "Myśli i uczucia", "lane.emotion": "Emocje",
        "lane.barriers": "Bariery", "lane.opportunities": "Szanse",
        "lane.backstage": "Zaplecze", "lane.metrics": "Wskaźniki",
        "state.current": "Stan obecny", "state.future": "Stan docelowy",
        "persona": "Persona", "goals": "Cele", "needs": "Potrzeby", "frustrations": "Frustracje",
        "goal": "Cel", "updated": "Aktualizacja", "owner": "Właściciel", "tags": "Tagi",
        "thoughts": "Myśli", "questions": "Pyta", "motivation": "Motywacja",
        "moment_of_truth": "Moment prawdy", "severity": "Waga",
        "severity.low": "niska", "severity.medium": "średnia", "severity.high": "wysoka", "severity.critical": "krytyczna",
        "priority": "Priorytet", "priority.low": "niski", "priority.medium": "średni", "priority.high": "wysoki",
        "addresses": "Rozwiązuje", "value": "Obecnie", "target": "Cel",
        "emotion.-2": "bardzo negatywne", "emotion.-1": "negatywne", "emotion.0": "neutralne",
        "emotion.1": "pozytywne", "emotion.2": "bardzo pozytywne",
        "legend": "Legenda", "channels": "Kanały", "journey_ends": "Tu kończy się ścieżka",
        "next": "Dalej", "persona_image": "Zdjęcie persony", "no_steps": "Brak kroków",
        "no_emotion": "brak oceny emocji",
        "summary": "Podsumowanie", "lowest_moments": "Najniższe momenty", "barriers_by_severity": "Bariery według wagi", "unaddressed": "Bariery o wysokiej i krytycznej wadze, których nie rozwiązuje żadna szansa",
        "none": "Brak", "emotion_overview": "Przegląd emocji", "stages": "Etapy",
    },
    "el": {
        "lane.actions": "Ενέργειες", "lane.touchpoints": "Σημεία επαφής",
        "lane.thoughts": "Σκέψεις και συναισθήματα", "lane.emotion": "Συναίσθημα",
        "lane.barriers": "Εμπόδια", "lane.opportunities": "Ευκαιρίες",
        "lane.backstage": "Παρασκήνιο", "lane.metrics": "Δείκτες",
        "state.current": "Τρέχουσα κατάσταση", "state.future": "Μελλοντική κατάσταση",
        "persona": "Περσόνα", "goals": "Στόχοι", "needs": "Ανάγκες", "frustrations": "Απογοητεύσεις",
        "goal": "Στόχος", "updated": "Ενημέρωση", "owner": "Υπεύθυνος", "tags": "Ετικέτες",
        "thoughts": "Σκέφτεται", "questions": "Ρωτά", "motivation": "Κίνητρο",
        "moment_of_truth": "Στιγμή της αλήθειας", "severity": "Σοβαρότητα",
        "severity.low": "χαμηλή", "severity.medium": "μέτρια", "severity.high": "υψηλή", "severity.critical": "κρίσιμη",
        "priority": "Προτεραιότητα", "priority.low": "χαμηλή", "priority.medium": "μέτρια", "priority.high": "υψηλή",
        "addresses": "Αντιμετωπίζει", "value": "Τώρα", "target": "Στόχος",
        "emotion.-2": "πολύ αρνητικό", "emotion.-1": "αρνητικό", "emotion.0": "ουδέτερο",
        "emotion.1": "θετικό", "emotion.2": "πολύ θετικό",
        "legend": "Υπόμνημα", "channels": "Κανάλια", "journey_ends": "Το ταξίδι τελειώνει εδώ",
        "next": "Επόμενο", "persona_image": "Εικόνα της περσόνας", "no_steps": "Δεν υπάρχουν βήματα ακόμη",
        "no_emotion": "δεν καταγράφηκε συναίσθημα",
        "summary": "Σύνοψη", "lowest_moments": "Τα χαμηλότερα σημεία", "barriers_by_severity": "Εμπόδια ανά σοβαρότητα", "unaddressed": "Υψηλά και κρίσιμα εμπόδια που δεν αντιμετωπίζει καμία ευκαιρία",
        "none": "Κανένα", "emotion_overview": "Επισκόπηση συναισθημάτων", "stages": "Στάδια",
    },
    "ru": {
        "lane.actions": "Действия", "lane.touchpoints": "Точки контакта",
        "lane.thoughts": "Мысли и чувства", "lane.emotion": "Эмоции",
        "lane.barriers": "Барьеры", "lane.opportunities": "Возможности",
        "lane.backstage": "Закулисье", "lane.metrics": "Метрики",
        "state.current": "Текущее состояние", "state.future": "Целевое состояние",
        "persona": "Персона", "goals": "Цели", "needs": "Потребности", "frustrations": "Разочарования",
        "goal": "Цель", "updated": "Обновлено", "owner": "Ответственный", "tags": "Теги",
        "thoughts": "Думает", "questions": "Спрашивает", "motivation": "Мотивация",
        "moment_of_truth": "Момент истины", "severity": "Серьёзность",
        "severity.low": "низкая", "severity.medium": "средняя", "severity.high": "высокая", "severity.critical": "критическая",
        "priority": "Приоритет", "priority.low": "низкий", "priority.medium": "средний", "priority.high": "высокий",
        "addresses": "Устраняет", "value": "Сейчас", "target": "Цель",
        "emotion.-2": "очень негативно", "emotion.-1": "негативно", "emotion.0": "нейтрально",
        "emotion.1": "позитивно", "emotion.2": "очень позитивно",
        "legend": "Условные обозначения", "channels": "Каналы", "journey_ends": "Путь заканчивается здесь",
        "next": "Далее", "persona_image": "Изображение персоны", "no_steps": "Шагов пока нет",
        "no_emotion": "эмоция не указана",
        "summary": "Итоги", "lowest_moments": "Самые низкие точки", "barriers_by_severity": "Барьеры по серьёзности", "unaddressed": "Высокие и критические барьеры, которые не устраняет ни одна возможность",
        "none": "Нет", "emotion_overview": "Обзор эмоций", "stages": "Этапы",
    },
    "th": {
        "lane.actions": "การกระทำ", "lane.touchpoints": "จุดสัมผัส",
        "lane.thoughts": "ความคิดและความรู้สึก", "lane.emotion": "อารมณ์",
        "lane.barriers": "อุปสรรค", "lane.opportunities": "โอกาส",
        "lane.backstage": "เบื้องหลัง", "lane.metrics": "ตัวชี้วัด",
        "state.current": "สถานะปัจจุบัน", "state.future": "สถานะในอนาคต",
        "persona": "บุคลิกลูกค้า", "goals": "เป้าหมาย", "needs": "ความต้องการ", "frustrations": "ความหงุดหงิด",
        "goal": "เป้าหมาย", "updated": "อัปเดต", "owner": "ผู้รับผิดชอบ", "tags": "แท็ก",
        "thoughts": "คิดว่า", "questions": "สงสัยว่า", "motivation": "แรงจูงใจ",
        "moment_of_truth": "ช่วงเวลาแห่งความจริง", "severity": "ความรุนแรง",
        "severity.low": "ต่ำ", "severity.medium": "ปานกลาง", "severity.high": "สูง", "severity.critical": "วิกฤต",
        "priority": "ลำดับความสำคัญ", "priority.low": "ต่ำ", "priority.medium": "ปานกลาง", "priority.high": "สูง",
        "addresses": "แก้ไข", "value": "ปัจจุบัน", "target": "เป้าหมาย",
        "emotion.-2": "แย่มาก", "emotion.-1": "แย่", "emotion.0": "เฉย ๆ",
        "emotion.1": "ดี", "emotion.2": "ดีมาก",
        "legend": "คำอธิบายสัญลักษณ์", "channels": "ช่องทาง", "journey_ends": "การเดินทางสิ้นสุดที่นี่",
        "next": "ถัดไป", "persona_image": "รูปภาพบุคลิกลูกค้า", "no_steps": "ยังไม่มีขั้นตอน",
        "no_emotion": "ไม่ได้บันทึกอารมณ์",
        "summary": "สรุป", "lowest_moments": "ช่วงที่แย่ที่สุด", "barriers_by_severity": "อุปสรรคตามความรุนแรง", "unaddressed": "อุปสรรคระดับสูงและวิกฤตที่ยังไม่มีโอกาสใดแก้ไข",
        "none": "ไม่มี", "emotion_overview": "ภาพรวมอารมณ์", "stages": "ขั้นตอน",
    },
    "de": {
        "lane.actions": "Aktionen", "lane.touchpoints": "Touchpoints",
        "lane.thoughts": "Gedanken & Gefühle", "lane.emotion": "Emotion",
        "lane.barriers": "Hürden", "lane.opportunities": "Chancen",
        "lane.backstage": "Backstage", "lane.metrics": "Kennzahlen",
        "state.current": "Ist-Zustand", "state.future": "Soll-Zustand",
        "persona": "Persona", "goals": "Ziele", "needs": "Bedürfnisse", "frustrations": "Frustrationen",
        "goal": "Ziel", "updated": "Aktualisiert", "owner": "Verantwortlich", "tags": "Schlagwörter",
        "thoughts": "Denkt", "questions": "Fragt", "motivation": "Motivation",
        "moment_of_truth": "Moment der Wahrheit", "severity": "Schwere",
        "severity.low": "gering", "severity.medium": "mittel", "severity.high": "hoch", "severity.critical": "kritisch",
        "priority": "Priorität", "priority.low": "niedrig", "priority.medium": "mittel", "priority.high": "hoch",
        "addresses": "Löst", "value": "Ist", "target": "Ziel",
        "emotion.-2": "sehr negativ", "emotion.-1": "negativ", "emotion.0": "neutral",
        "emotion.1": "positiv", "emotion.2": "sehr positiv",
        "legend": "Legende", "channels": "Kanäle", "journey_ends": "Die Journey endet hier",
        "next": "Weiter", "persona_image": "Bild der Persona", "no_steps": "Noch keine Schritte",
        "no_emotion": "keine Emotion erfasst",
        "summary": "Zusammenfassung", "lowest_moments": "Tiefpunkte", "barriers_by_severity": "Hürden nach Schwere", "unaddressed": "Hohe und kritische Hürden, die keine Chance löst",
        "none": "Keine", "emotion_overview": "Emotionen im Überblick", "stages": "Phasen",
    },
    "fr": {
        "lane.actions": "Actions", "lane.touchpoints": "Points de contact",
        "lane.thoughts": "Pensées et ressentis", "lane.emotion": "Émotion",
        "lane.barriers": "Obstacles", "lane.opportunities": "Opportunités",
        "lane.backstage": "Coulisses", "lane.metrics": "Indicateurs",
        "state.current": "État actuel", "state.future": "État cible",
        "persona": "Persona", "goals": "Objectifs", "needs": "Besoins", "frustrations": "Frustrations",
        "goal": "Objectif", "updated": "Mis à jour", "owner": "Responsable", "tags": "Étiquettes",
        "thoughts": "Pense", "questions": "Se demande", "motivation": "Motivation",
        "moment_of_truth": "Moment de vérité", "severity": "Gravité",
        "severity.low": "faible", "severity.medium": "moyenne", "severity.high": "élevée", "severity.critical": "critique",
        "priority": "Priorité", "priority.low": "basse", "priority.medium": "moyenne", "priority.high": "haute",
        "addresses": "Résout", "value": "Actuel", "target": "Cible",
        "emotion.-2": "très négative", "emotion.-1": "négative", "emotion.0": "neutre",
        "emotion.1": "positive", "emotion.2": "très positive",
        "legend": "Légende", "channels": "Canaux", "journey_ends": "Le parcours s’arrête ici",
        "next": "Ensuite", "persona_image": "Image du persona", "no_steps": "Pas encore d’étapes",
        "no_emotion": "émotion non renseignée",
        "summary": "Synthèse", "lowest_moments": "Moments les plus bas", "barriers_by_severity": "Obstacles par gravité", "unaddressed": "Obstacles élevés ou critiques qu’aucune opportunité ne résout",
        "none": "Aucun", "emotion_overview": "Vue d’ensemble des émotions", "stages": "Étapes",
    },
    "es": {
        "lane.actions": "Acciones", "lane.touchpoints": "Puntos de contacto",
        "lane.thoughts": "Pensamientos y sentimientos", "lane.emotion": "Emoción",
        "lane.barriers": "Barreras", "lane.opportunities": "Oportunidades",
        "lane.backstage": "Trastienda", "lane.metrics": "Métricas",
        "state.current": "Estado actual", "state.future": "Estado futuro",
        "persona": "Persona", "goals": "Objetivos", "needs": "Necesidades", "frustrations": "Frustraciones",
        "goal": "Objetivo", "updated": "Actualizado", "owner": "Responsable", "tags": "Etiquetas",
        "thoughts": "Piensa", "questions": "Pregunta", "motivation": "Motivación",
        "moment_of_truth": "Momento de la verdad", "severity": "Gravedad",
        "severity.low": "baja", "severity.medium": "media", "severity.high": "alta", "severity.critical": "crítica",
        "priority": "Prioridad", "priority.low": "baja", "priority.medium": "media", "priority.high": "alta",
        "addresses": "Resuelve", "value": "Actual", "target": "Meta",
        "emotion.-2": "muy negativa", "emotion.-1": "negativa", "emotion.0": "neutral",
        "emotion.1": "positiva", "emotion.2": "muy positiva",
        "legend": "Leyenda", "channels": "Canales", "journey_ends": "El recorrido termina aquí",
        "next": "Siguiente", "persona_image": "Imagen de la persona", "no_steps": "Aún no hay pasos",
        "no_emotion": "sin emoción registrada",
        "summary": "Resumen", "lowest_moments": "Momentos más bajos", "barriers_by_severity": "Barreras por gravedad", "unaddressed": "Barreras altas y críticas que ninguna oportunidad resuelve",
        "none": "Ninguna", "emotion_overview": "Resumen de emociones", "stages": "Etapas",
    },
    "ar": {
        "lane.actions": "الإجراءات", "lane.touchpoints": "نقاط الاتصال",
        "lane.thoughts": "الأفكار والمشاعر", "lane.emotion": "المشاعر",
        "lane.barriers": "العوائق", "lane.opportunities": "الفرص",
        "lane.backstage": "خلف الكواليس", "lane.metrics": "المقاييس",
        "state.current": "الوضع الحالي", "state.future": "الوضع المستقبلي",
        "persona": "الشخصية", "goals": "الأهداف", "needs": "الاحتياجات", "frustrations": "الإحباطات",
        "goal": "الهدف", "updated": "آخر تحديث", "owner": "المسؤول", "tags": "الوسوم",
        "thoughts": "يفكر", "questions": "يسأل", "motivation": "الدافع",
        "moment_of_truth": "لحظة الحقيقة", "severity": "الخطورة",
        "severity.low": "منخفضة", "severity.medium": "متوسطة", "severity.high": "عالية", "severity.critical": "حرجة",
        "priority": "الأولوية", "priority.low": "منخفضة", "priority.medium": "متوسطة", "priority.high": "عالية",
        "addresses": "يعالج", "value": "الآن", "target": "المستهدف",
        "emotion.-2": "سلبي جدًا", "emotion.-1": "سلبي", "emotion.0": "محايد",
        "emotion.1": "إيجابي", "emotion.2": "إيجابي جدًا",
        "legend": "مفتاح الرموز", "channels": "القنوات", "journey_ends": "تنتهي الرحلة هنا",
        "next": "التالي", "persona_image": "صورة الشخصية", "no_steps": "لا توجد خطوات بعد",
        "no_emotion": "لم تُسجَّل مشاعر",
        "summary": "الملخص", "lowest_moments": "أدنى اللحظات", "barriers_by_severity": "العوائق حسب الخطورة", "unaddressed": "عوائق عالية وحرجة لا تعالجها أي فرصة",
        "none": "لا يوجد", "emotion_overview": "نظرة عامة على المشاعر", "stages": "المراحل",
    },
    "he": {
        "lane.actions": "פעולות", "lane.touchpoints": "נקודות מגע",
        "lane.thoughts": "מחשבות ורגשות", "lane.emotion": "רגש",
        "lane.barriers": "חסמים", "lane.opportunities": "הזדמנויות",
        "lane.backstage": "מאחורי הקלעים", "lane.metrics": "מדדים",
        "state.current": "מצב קיים", "state.future": "מצב רצוי",
        "persona": "פרסונה", "goals": "מטרות", "needs": "צרכים", "frustrations": "תסכולים",
        "goal": "מטרה", "updated": "עודכן", "owner": "אחראי", "tags": "תגיות",
        "thoughts": "חושב", "questions": "שואל", "motivation": "מוטיבציה",
        "moment_of_truth": "רגע האמת", "severity": "חומרה",
        "severity.low": "נמוכה", "severity.medium": "בינונית", "severity.high": "גבוהה", "severity.critical": "קריטית",
        "priority": "עדיפות", "priority.low": "נמוכה", "priority.medium": "בינונית", "priority.high": "גבוהה",
        "addresses": "פותר", "value": "כעת", "target": "יעד",
        "emotion.-2": "שלילי מאוד", "emotion.-1": "שלילי", "emotion.0": "ניטרלי",
        "emotion.1": "חיובי", "emotion.2": "חיובי מאוד",
        "legend": "מקרא", "channels": "ערוצים", "journey_ends": "המסע מסתיים כאן",
        "next": "הבא", "persona_image": "תמונת הפרסונה", "no_steps": "אין עדיין צעדים",
        "no_emotion": "לא נרשם רגש",
        "summary": "סיכום", "lowest_moments": "הרגעים הנמוכים ביותר", "barriers_by_severity": "חסמים לפי חומרה", "unaddressed": "חסמים ברמה גבוהה וקריטית שאף הזדמנות אינה פותרת",
        "none": "אין", "emotion_overview": "סקירת רגשות", "stages": "שלבים",
    },
    "fa": {
        "lane.actions": "اقدامات", "lane.touchpoints": "نقاط تماس",
        "lane.thoughts": "افکار و احساسات", "lane.emotion": "احساس",
        "lane.barriers": "موانع", "lane.opportunities": "فرصت‌ها",
        "lane.backstage": "پشت صحنه", "lane.metrics": "شاخص‌ها",
        "state.current": "وضعیت فعلی", "state.future": "وضعیت مطلوب",
        "persona": "پرسونا", "goals": "اهداف", "needs": "نیازها", "frustrations": "ناکامی‌ها",
        "goal": "هدف", "updated": "به‌روزرسانی", "owner": "مسئول", "tags": "برچسب‌ها",
        "thoughts": "فکر می‌کند", "questions": "می‌پرسد", "motivation": "انگیزه",
        "moment_of_truth": "لحظهٔ حقیقت", "severity": "شدت",
        "severity.low": "کم", "severity.medium": "متوسط", "severity.high": "زیاد", "severity.critical": "بحرانی",
        "priority": "اولویت", "priority.low": "کم", "priority.medium": "متوسط", "priority.high": "زیاد",
        "addresses": "برطرف می‌کند", "value": "اکنون", "target": "هدف",
        "emotion.-2": "بسیار منفی", "emotion.-1": "منفی", "emotion.0": "خنثی",
        "emotion.1": "مثبت", "emotion.2": "بسیار مثبت",
        "legend": "راهنما", "channels": "کانال‌ها", "journey_ends": "سفر اینجا پایان می‌یابد",
        "next": "بعدی", "persona_image": "تصویر پرسونا", "no_steps": "هنوز گامی وجود ندارد",
        "no_emotion": "احساسی ثبت نشده",
        "summary": "خلاصه", "lowest_moments": "پایین‌ترین لحظه‌ها", "barriers_by_severity": "موانع بر اساس شدت", "unaddressed": "موانع زیاد و بحرانی که هیچ فرصتی آن‌ها را برطرف نمی‌کند",
        "none": "هیچ", "emotion_overview": "نمای کلی احساسات", "stages": "مراحل",
    },
}


#: Each channel's name in each language (a test checks every language has
#: every channel in ``journeyctl.format.vocabulary.CHANNELS``). The words are
#: the ones a service designer would put on a map's legend, in sentence case.
CHANNEL_NAMES: dict[str, dict[str, str]] = {
    "en": {
        "web": "Website", "mobile-app": "Mobile app", "email": "Email", "phone": "Phone",
        "chat": "Chat", "social": "Social media", "sms": "SMS", "messaging": "Messaging apps",
        "in-person": "In person", "store": "Store", "ads": "Advertising", "search": "Search",
        "review-site": "Review sites", "video": "Video", "mail": "Post", "self-service": "Self-service",
        "community": "Community", "event": "Event", "partner": "Partner", "product": "Product",
        "other": "Other",
    },
    "lt": {
        "web": "Svetainė", "mobile-app": "Mobilioji programėlė", "email": "El. paštas", "phone": "Telefonas",
        "chat": "Pokalbių langas", "social": "Socialiniai tinklai", "sms": "SMS", "messaging": "Pokalbių programėlės",
        "in-person": "Gyvai", "store": "Parduotuvė", "ads": "Reklama", "search": "Paieška",
        "review-site": "Atsiliepimų svetainės", "video": "Vaizdo įrašai", "mail": "Paštas", "self-service": "Savitarna",
        "community": "Bendruomenė", "event": "Renginys", "partner": "Partneris", "product": "Produktas",
        "other": "Kita",
    },
    "pl": {
        "web": "Strona internetowa", "mobile-app": "Aplikacja mobilna", "email": "E-mail", "phone": "Telefon",
        "chat": "Czat", "social": "Media społecznościowe", "sms": "SMS", "messaging": "Komunikatory",
        "in-person": "Osobiście", "store": "Sklep", "ads": "Reklama", "search": "Wyszukiwarka",
        "review-site": "Serwisy z opiniami", "video": "Wideo", "mail": "Poczta tradycyjna", "self-service": "Samoobsługa",
        "community": "Społeczność", "event": "Wydarzenie", "partner": "Partner", "product": "Produkt",
        "other": "Inne",
    },
    "el": {
        "web": "Ιστότοπος", "mobile-app": "Εφαρμογή κινητού", "email": "Email", "phone": "Τηλέφωνο",
        "chat": "Συνομιλία", "social": "Μέσα κοινωνικής δικτύωσης", "sms": "SMS", "messaging": "Εφαρμογές μηνυμάτων",
        "in-person": "Αυτοπροσώπως", "store": "Κατάστημα", "ads": "Διαφήμιση", "search": "Αναζήτηση",
        "review-site": "Ιστότοποι κριτικών", "video": "Βίντεο", "mail": "Ταχυδρομείο", "self-service": "Αυτοεξυπηρέτηση",
        "community": "Κοινότητα", "event": "Εκδήλωση", "partner": "Συνεργάτης", "product": "Προϊόν",
        "other": "Άλλο",
    },
    "ru": {
        "web": "Сайт", "mobile-app": "Мобильное приложение", "email": "Эл. почта", "phone": "Телефон",
        "chat": "Чат", "social": "Соцсети", "sms": "СМС", "messaging": "Мессенджеры",
        "in-person": "Лично", "store": "Магазин", "ads": "Реклама", "search": "Поиск",
        "review-site": "Сайты отзывов", "video": "Видео", "mail": "Обычная почта", "self-service": "Самообслуживание",
        "community": "Сообщество", "event": "Мероприятие", "partner": "Партнёр", "product": "Продукт",
        "other": "Другое",
    },
    "th": {
        "web": "เว็บไซต์", "mobile-app": "แอปมือถือ", "email": "อีเมล", "phone": "โทรศัพท์",
        "chat": "แชต", "social": "โซเชียลมีเดีย", "sms": "SMS", "messaging": "แอปส่งข้อความ",
        "in-person": "แบบตัวต่อตัว", "store": "ร้านค้า", "ads": "โฆษณา", "search": "การค้นหา",
        "review-site": "เว็บรีวิว", "video": "วิดีโอ", "mail": "ไปรษณีย์", "self-service": "บริการด้วยตนเอง",
        "community": "ชุมชน", "event": "อีเวนต์", "partner": "พันธมิตร", "product": "ผลิตภัณฑ์",
        "other": "อื่น ๆ",
    },
    "de": {
        "web": "Website", "mobile-app": "Mobile App", "email": "E-Mail", "phone": "Telefon",
        "chat": "Chat", "social": "Soziale Medien", "sms": "SMS", "messaging": "Messenger",
        "in-person": "Persönlich", "store": "Geschäft", "ads": "Werbung", "search": "Suche",
        "review-site": "Bewertungsportale", "video": "Video", "mail": "Post", "self-service": "Self-Service",
        "community": "Community", "event": "Veranstaltung", "partner": "Partner", "product": "Produkt",
        "other": "Sonstiges",
    },
    "fr": {
        "web": "Site web", "mobile-app": "Application mobile", "email": "E-mail", "phone": "Téléphone",
        "chat": "Chat", "social": "Réseaux sociaux", "sms": "SMS", "messaging": "Messageries",
        "in-person": "En personne", "store": "Magasin", "ads": "Publicité", "search": "Recherche",
        "review-site": "Sites d’avis", "video": "Vidéo", "mail": "Courrier", "self-service": "Libre-service",
        "community": "Communauté", "event": "Événement", "partner": "Partenaire", "product": "Produit",
        "other": "Autre",
    },
    "es": {
        "web": "Sitio web", "mobile-app": "Aplicación móvil", "email": "Correo electrónico", "phone": "Teléfono",
        "chat": "Chat", "social": "Redes sociales", "sms": "SMS", "messaging": "Mensajería",
        "in-person": "En persona", "store": "Tienda", "ads": "Publicidad", "search": "Buscador",
        "review-site": "Sitios de reseñas", "video": "Vídeo", "mail": "Correo postal", "self-service": "Autoservicio",
        "community": "Comunidad", "event": "Evento", "partner": "Socio", "product": "Producto",
        "other": "Otro",
    },
    "ar": {
        "web": "الموقع الإلكتروني", "mobile-app": "تطبيق الجوال", "email": "البريد الإلكتروني", "phone": "الهاتف",
        "chat": "الدردشة", "social": "وسائل التواصل الاجتماعي", "sms": "الرسائل النصية", "messaging": "تطبيقات المراسلة",
        "in-person": "حضوريًا", "store": "المتجر", "ads": "الإعلانات", "search": "البحث",
        "review-site": "مواقع التقييمات", "video": "الفيديو", "mail": "البريد العادي", "self-service": "الخدمة الذاتية",
        "community": "المجتمع", "event": "الفعالية", "partner": "الشريك", "product": "المنتج",
        "other": "أخرى",
    },
    "he": {
        "web": "אתר אינטרנט", "mobile-app": "אפליקציה לנייד", "email": "דוא״ל", "phone": "טלפון",
        "chat": "צ׳אט", "social": "רשתות חברתיות", "sms": "SMS", "messaging": "אפליקציות מסרים",
        "in-person": "פנים אל פנים", "store": "חנות", "ads": "פרסום", "search": "חיפוש",
        "review-site": "אתרי ביקורות", "video": "וידאו", "mail": "דואר", "self-service": "שירות עצמי",
        "community": "קהילה", "event": "אירוע", "partner": "שותף", "product": "מוצר",
        "other": "אחר",
    },
    "fa": {
        "web": "وب‌سایت", "mobile-app": "اپلیکیشن موبایل", "email": "ایمیل", "phone": "تلفن",
        "chat": "گفتگوی آنلاین", "social": "شبکه‌های اجتماعی", "sms": "پیامک", "messaging": "پیام‌رسان‌ها",
        "in-person": "حضوری", "store": "فروشگاه", "ads": "تبلیغات", "search": "جستجو",
        "review-site": "سایت‌های نقد و نظر", "video": "ویدئو", "mail": "پست", "self-service": "خودخدمتی",
        "community": "جامعهٔ کاربران", "event": "رویداد", "partner": "شریک تجاری", "product": "محصول",
        "other": "سایر",
    },
}


def _candidates(locale: str) -> list[str]:
    parts = locale.lower().split("-")
    return ["-".join(parts[:i]) for i in range(len(parts), 0, -1)]


def resolve(locale: str) -> str:
    """The LABELS key used for ``locale``: itself, a parent, or ``en``."""
    for candidate in _candidates(locale):
        if candidate in LABELS:
            return candidate
    return "en"


def labels(locale: str) -> dict[str, str]:
    return LABELS[resolve(locale)]


def channel_name(locale: str, channel: str | None) -> str:
    """The channel's name in ``locale``'s language; an unknown channel as written."""
    if channel is None:
        channel = "other"
    return CHANNEL_NAMES[resolve(locale)].get(channel, channel)


def direction(locale: str) -> str:
    """``rtl`` for right-to-left languages, else ``ltr`` (whatever the labels)."""
    return "rtl" if locale.lower().split("-")[0] in RTL else "ltr"


#: Accents Greek drops in capitals (tonos/oxia, varia, perispomeni, breathings,
#: ypogegrammeni); the diaeresis stays (ΪΫ).
_GREEK_CAPITAL_DROPS = frozenset("\u0300\u0301\u0342\u0313\u0314\u0345\u0343")


def upper(text: str, locale: str) -> str:
    """``text`` in capitals as ``locale`` writes them: for Greek without
    accents (ΚΡΙΣΙΜΗ, not ΚΡΊΣΙΜΗ), as CSS ``text-transform: uppercase`` does
    in the HTML; otherwise :meth:`str.upper`."""
    import unicodedata

    capitals = text.upper()
    if resolve(locale) != "el" and locale.lower().split("-")[0] != "el":
        return capitals
    decomposed = unicodedata.normalize("NFD", capitals)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _GREEK_CAPITAL_DROPS))
