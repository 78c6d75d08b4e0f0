"""ITU-T E.164 country calling codes that are assigned and in service, as data.

Source: "List of ITU-T Recommendation E.164 assigned country codes", the complement to
ITU-T E.164 published with the ITU Operational Bulletin (https://www.itu.int/pub/T-SP-E.164D).
Kept: codes assigned to a country or geographic area, to a global service (800 freephone,
882/883 international networks, 881 satellite ...) or as a shared code (388, 991).
Left out: codes the list marks *spare* (e.g. 0, 210, 259, 28x, 422, 671, 684, 693-699, 801-807,
999) or *reserved* without numbers in service (379, 875-877, 879, 969, 997), so `+999...` fails.
tests/validation/test_country_codes.py checks this set against libphonenumber's metadata and
that it is prefix-free (E.164 country codes are, which makes a 1-2-3 digit lookup exact).
"""

from __future__ import annotations

from typing import Final

COUNTRY_CODES: Final[frozenset[str]] = frozenset(
    {
        # Zone 1: North American Numbering Plan
        "1",
        # Zone 2: Africa and some Atlantic/Indian Ocean islands
        "20", "211", "212", "213", "216", "218",
        "220", "221", "222", "223", "224", "225", "226", "227", "228", "229",
        "230", "231", "232", "233", "234", "235", "236", "237", "238", "239",
        "240", "241", "242", "243", "244", "245", "246", "247", "248", "249",
        "250", "251", "252", "253", "254", "255", "256", "257", "258",
        "260", "261", "262", "263", "264", "265", "266", "267", "268", "269",
        "27", "290", "291", "297", "298", "299",
        # Zone 3: Europe
        "30", "31", "32", "33", "34",
        "350", "351", "352", "353", "354", "355", "356", "357", "358", "359",
        "36", "370", "371", "372", "373", "374", "375", "376", "377", "378",
        "380", "381", "382", "383", "385", "386", "387", "388", "389", "39",
        # Zone 4: Europe
        "40", "41", "420", "421", "423", "43", "44", "45", "46", "47", "48", "49",
        # Zone 5: South and Central America
        "500", "501", "502", "503", "504", "505", "506", "507", "508", "509",
        "51", "52", "53", "54", "55", "56", "57", "58",
        "590", "591", "592", "593", "594", "595", "596", "597", "598", "599",
        # Zone 6: South-East Asia and Oceania (Niue +683 has 4-digit numbers: 7 digits in all)
        "60", "61", "62", "63", "64", "65", "66",
        "670", "672", "673", "674", "675", "676", "677", "678", "679",
        "680", "681", "682", "683", "685", "686", "687", "688", "689",
        "690", "691", "692",
        # Zone 7: Russia and Kazakhstan
        "7",
        # Zone 8: East Asia and global services
        "800", "808", "81", "82", "84", "850", "852", "853", "855", "856", "86",
        "870", "878", "880", "881", "882", "883", "886", "888",
        # Zone 9: West, Central and South Asia, Middle East
        "90", "91", "92", "93", "94", "95",
        "960", "961", "962", "963", "964", "965", "966", "967", "968",
        "970", "971", "972", "973", "974", "975", "976", "977", "979", "98",
        "991", "992", "993", "994", "995", "996", "998",
    }
)  # fmt: skip
