/**
 * A report of no stated language is guessed from each locale's marker words (its `markers`, English
 * from locales/en/words.ts). Sentences written for these tests.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { chooseLanguage, detectLanguage } from "../../../src/extract/language.js";

test("each Latin-script locale's marker words make the guess", () => {
  const guesses: Array<[string, string]> = [
    ["en", "The council said that the new road to the port was finished in May."],
    ["de", "Die Stadt sagt, dass die neue Brücke nicht mit dem Zug befahren wurde und sich eine Spur teilt."],
    ["es", "El puerto dice que los barcos del norte llegan por la noche con una carga para el mercado."],
    ["it", "Il ponte della città è chiuso per gli operai che sono nel cantiere anche di notte."],
    ["fr", "Le maire dit que les travaux des quais sont finis et que le port est ouvert dans la journée."],
    ["pt", "O porto diz que os navios da frota chegam com uma carga para a cidade e não foi atrasado."],
    ["ro", "Podul din oraș este închis pentru că muncitorii care lucrează la el au fost plătiți mai târziu."],
    ["is", "Brúin var opnuð í gær og það er ekki hægt að aka um hana til kvölds."],
  ];
  for (const [lang, text] of guesses) assert.equal(detectLanguage(text), lang, text);
});

test("a stated language with a locale wins over the guess; a short line stays English", () => {
  assert.equal(chooseLanguage("fr-CA", "The council said that the road was finished."), "fr");
  assert.equal(chooseLanguage(null, "Le port, 12 km."), "en");
});
