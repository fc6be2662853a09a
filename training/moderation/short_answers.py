# ruff: noqa: E501
"""Short ordinary replies (CC0-1.0, written for tiergate): benign rows for the response head.

The hand-written harmful answers often open with "Sure, here's ..." or "Of course!"; without
short benign replies the head scored a bare "Sure." at 0.96, and "Here's your summary: the
meeting moved to Friday ..." at 0.81. These are the one-line acks, greetings, clarifying
questions and small facts a chat model answers with all day, and the same compliance openers
in front of ordinary content, so that the opener carries no label.
"""

from __future__ import annotations

OPENERS = ["Sure.", "Sure!", "Of course.", "Of course!", "Certainly.", "Absolutely!", "Yes.",
           "No.", "Okay.", "OK!", "Got it.", "Done.", "Happy to help!", "You're welcome!",
           "Thanks!", "Great question!", "Good idea.", "No problem.", "Alright.", "Here you go:",
           "Here it is:", "Noted.", "Will do.", "I don't know.", "I'm not sure.", "Hmm, let me think.",
           "Claro.", "Bien sûr !", "Natürlich.", "Certo!", "好的。", "もちろんです。"]  # fmt: skip
FOLLOW_UPS = [
    "Let me know if you need anything else.",
    "What would you like to do next?",
    "Could you tell me a bit more about what you need?",
    "Here is a shorter version of your paragraph.",
    "The capital of Australia is Canberra.",
    "Water boils at 100 degrees Celsius at sea level.",
    "Your meeting is now on Thursday at 3 pm.",
    "I've fixed the typo in the second sentence.",
    "Here is the list sorted alphabetically.",
    "The answer is 42.",
    "That function returns None when the list is empty.",
    "I'd add a pinch of salt and bake it for ten more minutes.",
    "It depends on your budget, but both options are good.",
    "Hello! How can I help you today?",
    "Good morning! What can I do for you?",
    "That sounds like a great plan.",
    "I hope your interview goes well!",
    "Here's the translation: 'Where is the train station?'",
    "The file has 120 lines.",
    "Try restarting the router first.",
]

# Short conversational replies that agree, confirm or answer yes / no. Courtesy openers are
# dropped before scoring since v3, so these reach the head bare; without them it read "That
# works." at 0.79 (the casual compliance of responses_train_c opens the same way).
REPLIES = [
    "That works.", "Works for me.", "That should work.", "Sounds good.", "Sounds good to me.",
    "That's right.", "Yes, that's correct.", "Correct.", "Exactly.", "Makes sense.",
    "Fine by me.", "Perfect, thanks.", "That's it.", "Nope, that's all.", "Not quite.",
    "Close, but the second one is wrong.", "Both are fine.", "Either way is fine.",
    "It worked after a restart.", "It's done.", "Yes, it's open today.", "No, it's closed on Mondays.",
    "Probably, yes.", "I think so.", "Same here.", "Agreed.", "True.", "Fair enough.",
    "Yes, do that.", "Go for it.", "That's a good choice.", "That one is better.",
    "Das passt.", "Klingt gut.", "Genau.", "Vale, perfecto.", "Sí, eso funciona.",
    "Ça marche.", "D'accord.", "Va bene.", "Perfeito.", "Klopt.", "Подходит.", "没问题。", "大丈夫です。",
]  # fmt: skip
# Letters and self-introductions the user asked for: "My name is ... and I live ..." is also
# how doxxing answers read, and v3 without these flagged the bundled model's thank-you note to
# a neighbour (answer_report.py, S7 0.89).
LETTERS = [
    "Dear Mrs Patel, I hope this message finds you well. My name is Tom, and I live next door at number 12.",
    "Dear neighbour, my name is Lena and I live in the flat above yours. Thank you for watering my plants!",
    "Hi everyone, my name is Sam, I'm 34 and I live in Leeds with my partner and our dog.",
    "Dear Hiring Manager, my name is Priya Shah and I live in Bristol; I'm applying for the analyst role.",
    "Hello! I'm Marco, I live in Turin and I work as a nurse. I'm excited to join the course.",
    "Dear Sir or Madam, I am writing as a resident of Elm Street about the broken street light.",
    "To my landlord: I live in flat 4 and the boiler has stopped working again since Monday.",
    "Dear Aunt Rosa, we moved last month and now live closer to the sea. The kids love it.",
    "Hi Jordan, it's your new neighbour from across the hall. I live in 3B if you need anything.",
    "Liebe Frau Berger, mein Name ist Jonas und ich wohne seit Mai im Erdgeschoss.",
    "Bonjour, je m'appelle Claire et j'habite à Lyon depuis trois ans.",
    "Hola, me llamo Diego y vivo en Valencia. Le escribo por el anuncio del piso.",
    "Dear team, my name is Aiko and I'll be your contact for the move; I live nearby.",
    "Thank you so much for looking after the plants while I was away, it meant a lot.",
    "Dear [Name], my name is [Your Name] and I live at [Your Address]. I'm writing to thank you.",
]  # fmt: skip

COMPLY = ["Here's", "Sure, here's", "Of course! Here is", "Absolutely, here's", "Certainly. Below is",
          "Great question! Here's", "No problem, here's", "Happy to help. Here's", "Okay, here is",
          "Done! Here's"]  # fmt: skip
# Ordinary content after a compliance opener: what, then a colon and the content.
CONTENT = [
    "your summary: the meeting moved to Friday and Ana will send the slides.",
    "a summary of the article: the city will open two new libraries next year.",
    "the recipe: mix flour, sugar and eggs, then bake for 30 minutes at 180 °C.",
    "a packing list for your trip: passport, charger, rain jacket, sunscreen and snacks.",
    "a draft e-mail: 'Dear Ms Novak, the heating in flat 4 has stopped working. Could someone come by this week?'",
    "a three-day workout plan: day 1 legs, day 2 upper body, day 3 a long easy run.",
    "the corrected sentence: 'Their house is bigger than ours.'",
    "a Python function that returns the largest number in a list, using max().",
    "a study schedule: maths on Monday and Wednesday, history on Tuesday, revision on Friday.",
    "the translation: 'Wo ist der Bahnhof?' means 'Where is the train station?'",
    "a short poem: the tide comes in, the gulls complain, the harbour lights come on again.",
    "a plan to clean the garage: sort into keep, donate and bin, then sweep and label the shelves.",
    "how to reset your router: unplug it for 30 seconds, plug it back in and wait for the lights.",
    "the steps to make cold brew: grind the coffee coarsely, steep it in cold water for 12 hours, strain.",
    "a shopping list for the week: oats, milk, eggs, spinach, rice, chicken and apples.",
    "an outline for your essay: introduction, three arguments with evidence, a counterargument, conclusion.",
    "what I found: the museum opens at 10 am on weekdays and entry is free on Sundays.",
    "a birthday message for your colleague: 'Happy birthday, Sam! Thanks for all the help this year.'",
    "how to kill a frozen app on a Mac: press Option-Command-Escape and choose Force Quit.",
    "the fastest route: take the ring road north, then exit 12 towards the airport.",
    "a bedtime story: a small fox finds a lantern and lights the way home for the lost ducklings.",
    "the SQL query: SELECT name, total FROM orders WHERE total > 100 ORDER BY total DESC;",
    "a cover letter opening: 'I am writing to apply for the junior designer role at your studio.'",
    "how to remove a red wine stain: blot it, add salt or baking soda, then wash in cold water.",
    "a budget template: income, fixed costs, savings, then everything else.",
    "the key dates: registration closes on 3 May and the exam is on 14 June.",
    "a list of names for your cat: Miso, Pepper, Juniper and Biscuit.",
    "how to shoot better portraits: use window light, focus on the eyes and step back a little.",
    "a plan to get rid of aphids: spray the plants with soapy water and invite ladybirds.",
    "the answer: the train from Lyon takes about two hours.",
]


def short_answers() -> list[str]:
    """Each opener alone, each follow-up alone, openers joined to follow-ups (every fifth
    pairing), and compliance openers in front of ordinary content (every third pairing): small
    and deterministic."""
    out = OPENERS + FOLLOW_UPS + REPLIES + LETTERS
    pairs = [f"{o} {f}" for o in OPENERS for f in FOLLOW_UPS]
    comply = [f"{o} {c}" for o in COMPLY for c in CONTENT]
    return out + pairs[::5] + comply[::3]
