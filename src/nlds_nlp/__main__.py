from nlds_nlp.cli import main

main()
