error("this file fails while loading")
