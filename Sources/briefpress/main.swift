print("briefpress")
